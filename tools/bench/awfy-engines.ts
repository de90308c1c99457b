// Runs one benchmark on each engine and returns what it printed and how many instructions it took.
//
// Engines: Node running main.ts (the reference output, not measured), regen's compiled main.ts and the
// hand C as native-board firmware under valgrind, the same two as mps2-an385 firmware under QEMU
// (awfy-qemu.ts), and main.js under Duktape (`duk`) and MuJS (`mujs`) under valgrind.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

import type { BuildResult } from "../src/build/index.ts";
import { RegenError } from "../src/errors.ts";
import { decodeFrames, nameOf, type DeviceEvent } from "../src/protocol/index.ts";
import { ABI } from "../src/abi/abi.generated.ts";
import { countOnQemu } from "./awfy-qemu.ts";
import { writeSource, type Benchmark } from "./awfy-suite.ts";
import { countInstructions } from "./awfy-valgrind.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const regenForNode = path.resolve(here, "..", "..", "compiler", "node", "regen.ts");

/** Longest a single measured run may take (valgrind on an interpreter is the slow case), ms. */
const RUN_TIMEOUT_MS = 120_000;

/** What one run printed (lines joined with "\n") and, when measured, its instruction count. */
export interface EngineRun {
  readonly output: string;
  readonly instructions: number;
  /** Why the run did not end normally (exit status, fault), or undefined. */
  readonly problem: string | undefined;
}

/** The app's log lines and how it ended, from the firmware's protocol frames. */
function appOutput(uart: Buffer): { output: string; problem: string | undefined } {
  const events: DeviceEvent[] = decodeFrames(new Uint8Array(uart));
  let output = "";
  let problem: string | undefined;
  for (const e of events) {
    if (e.type === "log") {
      output += e.fields.text;
      if ((e.fields.flags & 1) === 0) output += "\n";
    } else if (e.type === "app-fault") {
      problem ??= `fault ${nameOf(ABI.faultClasses, e.fields.class) ?? e.fields.class}`;
    } else if (e.type === "app-exit" && e.fields.code !== 0) {
      problem ??= `exit ${e.fields.code}`;
    }
  }
  return { output, problem };
}

/** Node running main.ts with `iterations` rounds, `regen` aliased to its Node implementation. */
export async function runNode(bench: Benchmark, iterations: number, workDir: string): Promise<EngineRun> {
  const dir = path.join(workDir, bench.name, `node-${iterations}`);
  mkdirSync(dir, { recursive: true });
  const source = writeSource(bench, "ts", iterations, dir);
  const bundle = path.join(dir, "bundle.mjs");
  await build({
    entryPoints: [source],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: bundle,
    alias: { regen: regenForNode },
    logLevel: "error",
  });
  const run = spawnSync(process.execPath, [bundle], { encoding: "utf8", timeout: RUN_TIMEOUT_MS });
  return {
    output: run.stdout,
    instructions: 0,
    problem: run.status === 0 ? undefined : `exit ${run.status ?? run.signal ?? "?"}`,
  };
}

/** main.js under `engine` (duk or mujs), counted by valgrind. */
export async function runInterpreter(
  engine: "duk" | "mujs",
  bench: Benchmark,
  iterations: number,
  workDir: string,
): Promise<EngineRun> {
  const source = writeSource(bench, "js", iterations, path.join(workDir, bench.name, `js-${iterations}`));
  const run = await countInstructions(engine, [source], { timeoutMs: RUN_TIMEOUT_MS });
  return {
    output: run.stdout.toString("utf8"),
    instructions: run.instructions,
    problem: run.exitCode === 0 ? undefined : `exit ${run.exitCode ?? "signal"}`,
  };
}

/** A native-board firmware under valgrind, its real-time limits disabled by the shim `noTimers` (a .so). */
export async function runNative(built: BuildResult, noTimers: string): Promise<EngineRun> {
  const run = await countInstructions(built.elf, [], {
    timeoutMs: RUN_TIMEOUT_MS,
    env: { LD_PRELOAD: noTimers, RG_NATIVE_CLOCK: "virtual" },
  });
  return { ...appOutput(run.stdout), instructions: run.instructions };
}

/** An mps2-an385 firmware under QEMU, its work counted with -icount (resolution 1,000,000). */
export async function runMps2(built: BuildResult): Promise<EngineRun> {
  const run = await countOnQemu(built);
  const { output, problem } = appOutput(run.uart);
  return {
    output,
    instructions: run.instructions ?? 0,
    problem: problem ?? (run.instructions === undefined ? "no app-start or log frame" : undefined),
  };
}

/** Builds the LD_PRELOAD shim bench/support/native-no-timers.c into `outDir`, once per bench run. */
export function buildNoTimersShim(root: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, "native-no-timers.so");
  const source = path.join(root, "bench", "support", "native-no-timers.c");
  const gcc = spawnSync(
    "gcc",
    ["-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-shared", "-fPIC", source, "-o", target],
    {
      encoding: "utf8",
    },
  );
  if (gcc.status !== 0) throw new RegenError(`cannot build ${source}`, gcc.stderr);
  return target;
}
