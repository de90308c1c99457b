// `npm run bench`: kernel size, per-app overhead, restart latency and the state store's costs, against targets.
//
// Builds the bench firmware (one app that faults at once, restarted with zero backoff), reads sizes from
// the build's size report and the ELF's symbols, then runs it under QEMU with `-icount shift=0`, where one
// guest instruction is one nanosecond of virtual time: the kernel's `measure` events give restart-ticks
// and tick-hz, so instructions = ticks × 1e9 / tick-hz.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { printError } from "../src/cli/print-error.ts";
import { EXIT, RegenError } from "../src/errors.ts";
import type { EventSink, HostEvent } from "../src/events/host-event.ts";
import { killAllChildren } from "../src/run/child-registry.ts";
import { runApps } from "../src/run/run-apps.ts";
import { requireTool } from "../src/toolchain.ts";
import { stateBench } from "./state-bench.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..", "..");

/** Targets from the product brief. */
const TARGET = {
  kernelFlash: 8 * 1024,
  kernelRam: 2 * 1024,
  restartInstructions: 1250,
};

/** Wall-clock cap for the QEMU run, in seconds (the bench app stops itself long before). */
const RUN_LIMIT_S = 20;

class MeasureSink implements EventSink {
  readonly events: HostEvent[] = [];
  write(event: HostEvent): void {
    this.events.push(event);
  }
  values(key: string): number[] {
    return this.events
      .filter((event) => event.kind === "measure" && event["key"] === key)
      .map((event) => Number(event["value"]));
  }
}

function ratio(value: number, target: number): string {
  const r = value / target;
  return `${r.toFixed(2)}× target ${r <= 1 ? "(ok)" : "(OVER)"}`;
}

function row(label: string, value: string, target: string, verdict: string): string {
  return `${label.padEnd(34)} ${value.padStart(12)}   target ${target.padStart(8)}   ${verdict}`;
}

/** Size of a symbol in the ELF (nm -S), or undefined. */
function symbolSizes(elf: string): Map<string, number> {
  const nm = requireTool("arm-none-eabi-gcc", "to read symbol sizes").replace(/gcc$/, "nm");
  const out = execFileSync(nm, ["-S", elf], { encoding: "utf8" });
  const sizes = new Map<string, number>();
  for (const line of out.split("\n")) {
    const [, size, , name] = line.trim().split(/\s+/);
    if (name !== undefined && size !== undefined && /^[0-9a-f]+$/i.test(size)) {
      sizes.set(name, Number.parseInt(size, 16));
    }
  }
  return sizes;
}

function maxApps(): number | undefined {
  try {
    const header = readFileSync(path.join(root, "runtime-c", "include", "rg_kernel.h"), "utf8");
    const match = /#define\s+RG_KERNEL_MAX_APPS\s+(\d+)u?/.exec(header);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  } catch {
    return undefined;
  }
}

async function bench(): Promise<void> {
  process.chdir(root);
  const sink = new MeasureSink();
  const result = await runApps({
    apps: [path.join("tools", "bench", "apps", "faultloop")],
    board: "mps2-an385",
    sink,
    forSeconds: RUN_LIMIT_S,
    outDir: path.join(root, ".regen-cache", "bench"),
    qemuArgs: ["-icount", "shift=0"],
  });
  const { firmware } = result.built;
  const lines: string[] = [];
  lines.push(`regen bench — mps2-an385 under QEMU (-icount shift=0), ${firmware.elf}`, "");
  lines.push(
    row(
      "kernel flash (bytes)",
      String(firmware.kernel.flash),
      String(TARGET.kernelFlash),
      ratio(firmware.kernel.flash, TARGET.kernelFlash),
    ),
  );
  lines.push(
    row(
      "kernel RAM (bytes)",
      String(firmware.kernel.ram),
      String(TARGET.kernelRam),
      ratio(firmware.kernel.ram, TARGET.kernelRam),
    ),
  );

  const sizes = symbolSizes(firmware.elf);
  const appRow = sizes.get("rg_apps");
  const rows = sizes.get("s_rows");
  const max = maxApps();
  lines.push(
    row(
      "per app: table row, flash (bytes)",
      appRow === undefined ? "n/a" : String(appRow / firmware.apps.length),
      "-",
      "rg_apps[] / app count",
    ),
  );
  lines.push(
    row(
      "per app: kernel RAM (bytes)",
      rows === undefined || max === undefined ? "n/a" : String(rows / max),
      "-",
      `kernel row state (s_rows / ${max ?? "?"})`,
    ),
  );
  for (const app of firmware.apps) {
    lines.push(row(`app ${app.name}: flash / RAM (bytes)`, `${app.flash} / ${app.ram}`, "-", ""));
  }

  const tickHz = sink.values("tick-hz")[0];
  const ticks = sink.values("restart-ticks");
  if (tickHz === undefined || ticks.length === 0) {
    throw new RegenError(
      "the bench firmware sent no restart measurements",
      `got ${sink.events.length} events; the kernel emits measure events after zero-backoff fault restarts`,
    );
  }
  const instructions = ticks.map((t) => (t * 1e9) / tickHz).sort((a, b) => a - b);
  const median = instructions[Math.floor(instructions.length / 2)] ?? 0;
  const best = instructions[0] ?? 0;
  const worst = instructions.at(-1) ?? 0;
  lines.push(
    row(
      "restart latency, median (instr.)",
      median.toFixed(0),
      String(TARGET.restartInstructions),
      ratio(median, TARGET.restartInstructions),
    ),
  );
  lines.push(
    row(
      "restart latency, best (instr.)",
      best.toFixed(0),
      String(TARGET.restartInstructions),
      ratio(best, TARGET.restartInstructions),
    ),
  );
  lines.push(
    row(
      "restart latency, worst (instr.)",
      worst.toFixed(0),
      String(TARGET.restartInstructions),
      ratio(worst, TARGET.restartInstructions),
    ),
  );
  lines.push(
    "",
    `${ticks.length} restarts measured at ${tickHz} Hz; 1 instruction = 1 ns under -icount shift=0`,
    `each restart, in instructions, in order: ${ticks.map((t) => ((t * 1e9) / tickHz).toFixed(0)).join(" ")}`,
  );
  lines.push(...(await stateBench(root, row)));
  process.stdout.write(`${lines.join("\n")}\n`);
}

try {
  await bench();
} catch (error) {
  printError(error);
  process.exitCode = error instanceof RegenError ? error.exitCode : EXIT.internal;
} finally {
  killAllChildren();
}
