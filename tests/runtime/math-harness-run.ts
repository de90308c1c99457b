// math-harness-run.ts: builds the inputs for tests/runtime/math-harness.c, runs it, and checks its answers.
//
// Shared by math.test.ts (host build) and math-cortex-m.test.ts (Cortex-M builds under QEMU): the harness reads
// `name count args...` lines (hex) and prints each result's bits; a result matches when it is the double
// Node computes (any NaN matches any NaN, as JavaScript cannot tell them apart).
import { execFileSync } from "node:child_process";
import path from "node:path";

import { fromBits, toBits, type MathCase } from "./math-inputs.ts";

const root = path.resolve(import.meta.dirname, "..", "..");

export const WARNINGS = [
  "-std=c11",
  "-Wall",
  "-Wextra",
  "-Werror",
  "-Wpedantic",
  "-Wshadow",
  "-Wmissing-prototypes",
  "-Wstrict-prototypes",
];

/** The runtime files the Math functions live in. */
export const MATH_SOURCES = [
  "rt_math.c",
  "rt_math_exact.c",
  "rt_math_trig.c",
  "rt_math_atrig.c",
  "rt_math_explog.c",
  "rt_math_hyper.c",
  "rt_math_pow.c",
  "rt_math_random.c",
  "rt_math_softfloat.c",
].map((file) => path.join(root, "runtime-c/rt", file));

export function hex(v: number): string {
  return toBits(v).toString(16).padStart(16, "0");
}

/** The harness's input line for one call. */
export function inputLine(name: string, args: readonly number[]): string {
  return `${name} ${args.length.toString(16)} ${args.map(hex).join(" ")}`;
}

/** Runs a harness executable (or a command running one) on input lines; returns the first `outputs`
 * output lines (one per input line unless told otherwise). */
export function runHarness(
  command: string,
  args: readonly string[],
  lines: readonly string[],
  outputs = lines.length,
): string[] {
  const out = execFileSync(command, args, {
    input: `${lines.join("\n")}\n`,
    maxBuffer: 1 << 28,
    timeout: 60_000,
  });
  return out.toString().split("\n").slice(0, outputs);
}

/** The calls among `inputs` whose result differs from Node's, described for a failure message. */
export function mismatches(c: MathCase, got: readonly string[]): string[] {
  return c.inputs.flatMap((args, i) => {
    const want = c.node(...args);
    const bits = got[i] ?? "(no output)";
    const value = /^[0-9a-f]{16}$/.test(bits) ? fromBits(BigInt(`0x${bits}`)) : undefined;
    if (value !== undefined && Object.is(value, want)) return [];
    const shown = args.map((a) => `${a} (${hex(a)})`).join(", ");
    return [`Math.${c.name}(${shown}) = ${value} (${bits}), Node: ${want} (${hex(want)})`];
  });
}
