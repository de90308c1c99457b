// `npm run bench`: kernel size, per-app overhead, restart latency and the state store's costs, against targets.
//
// Builds two bench firmwares (one app each, restarted with zero backoff: faultlater for the restart latency,
// faultloop for a fault storm), reads sizes from the build's size report and the ELF's symbols, then runs
// them under QEMU with `-icount shift=0`, where one
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
import { awfyBench } from "./awfy.ts";
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

interface RestartRun {
  readonly result: Awaited<ReturnType<typeof runApps>>;
  readonly tickHz: number;
  /** Instructions of each measured restart, in the order they happened. */
  readonly instructions: number[];
}

/** Runs one bench app under QEMU with -icount and returns its restart measurements in instructions. */
async function restartRun(app: string): Promise<RestartRun> {
  const sink = new MeasureSink();
  const result = await runApps({
    apps: [path.join("tools", "bench", "apps", app)],
    board: "mps2-an385",
    sink,
    forSeconds: RUN_LIMIT_S,
    outDir: path.join(root, ".regen-cache", "bench", app),
    qemuArgs: ["-icount", "shift=0"],
  });
  const tickHz = sink.values("tick-hz")[0];
  const ticks = sink.values("restart-ticks");
  if (tickHz === undefined || ticks.length === 0) {
    throw new RegenError(
      `the bench app ${app} sent no restart measurements`,
      `got ${sink.events.length} events; the kernel emits measure events after zero-backoff fault restarts`,
    );
  }
  return { result, tickHz, instructions: ticks.map((t) => (t * 1e9) / tickHz) };
}

/** Median, best and worst of `values`. */
function spread(values: readonly number[]): { median: number; best: number; worst: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)] ?? 0,
    best: sorted[0] ?? 0,
    worst: sorted.at(-1) ?? 0,
  };
}

/** The value after `flag` on the command line (`npm run bench -- --only awfy`), or undefined. */
function option(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index < 0 ? undefined : process.argv[index + 1];
}

/** `--only kernel` runs the kernel and state part, `--only awfy` the benchmark suite (`--awfy sieve,queens`
 * picks benchmarks); by default both run, the suite after the kernel part. */
async function bench(): Promise<void> {
  const only = option("--only");
  if (only !== undefined && only !== "kernel" && only !== "awfy") {
    throw new RegenError(`unknown bench part "${only}"`, "use --only kernel or --only awfy");
  }
  if (only !== "awfy") await kernelBench();
  if (only !== "kernel") {
    const lines = await awfyBench(root, option("--awfy")?.split(","));
    process.stdout.write(`${lines.join("\n")}\n`);
  }
}

async function kernelBench(): Promise<void> {
  process.chdir(root);
  const latency = await restartRun("faultlater");
  const storm = await restartRun("faultloop");
  // Sizes come from the fault-storm firmware, as before the bench had two apps.
  const result = storm.result;
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

  const restart = spread(latency.instructions);
  for (const [label, value] of [
    ["median", restart.median],
    ["best", restart.best],
    ["worst", restart.worst],
  ] as const) {
    lines.push(
      row(
        `restart latency, ${label} (instr.)`,
        value.toFixed(0),
        String(TARGET.restartInstructions),
        ratio(value, TARGET.restartInstructions),
      ),
    );
  }
  const stormSpread = spread(storm.instructions);
  lines.push(
    row(
      "fault storm restart, median (instr.)",
      stormSpread.median.toFixed(0),
      "-",
      "app faults at its first line",
    ),
    row(
      "fault storm restart, worst (instr.)",
      stormSpread.worst.toFixed(0),
      "-",
      "incl. sending earlier restarts' frames",
    ),
  );
  const order = (values: readonly number[]): string => values.map((v) => v.toFixed(0)).join(" ");
  lines.push(
    "",
    `restart latency: app faultlater faults in a 1 ms timer callback, so the kernel sends each restart's frames`,
    `while idle; ${latency.instructions.length} restarts at ${latency.tickHz} Hz (1 instruction = 1 ns under -icount shift=0)`,
    `  in order: ${order(latency.instructions)}`,
    `fault storm: app faultloop faults before it does anything, so the kernel is never idle and a restart that`,
    `finds the 384-byte frame queue full sends it (CRC, COBS, UART; plus any wait on QEMU's TX-full flag)`,
    `  in order: ${order(storm.instructions)}`,
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
