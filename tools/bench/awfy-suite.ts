// The Are-We-Fast-Yet-style suite's list (bench/awfy/suite.json) and its sources at a given iteration count.
//
// Every benchmark has one source per language in bench/awfy/<name>/: main.ts (compiled by regen and run by
// Node as the reference), main.c (hand-written C) and main.js (ES5 for Duktape and MuJS). Each source
// names its iteration count once, on the line marked `bench: iterations`; the bench writes copies with
// that count replaced, so all four runs of a benchmark do the same number of rounds.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

import { RegenError } from "../src/errors.ts";

export type Language = "ts" | "c" | "js";

export interface Benchmark {
  /** Folder name under bench/awfy. */
  readonly name: string;
  /** Name the benchmark prints before its result. */
  readonly title: string;
  readonly dir: string;
  /** Iterations of the two measured runs; the bench reports the cost of big - small iterations. */
  readonly small: number;
  readonly big: number;
  /** Iterations tests/bench runs. */
  readonly test: number;
  /** Iterations of the mps2-an385 runs (enough work for QEMU's 1 ms clock resolution). */
  readonly mps2: number;
  /** The regen app's garbage-collected heap (app.json `heapBytes`): about twice its largest live data. */
  readonly heapBytes: number;
}

/** The heap of a benchmark whose entry does not name one: the compiler's default for apps. */
const DEFAULT_HEAP_BYTES = 16384;

const fileOf: Record<Language, string> = { ts: "main.ts", c: "main.c", js: "main.js" };

// The marked line: `const ITERATIONS = 1; // bench: iterations`, or in C `#define ITERATIONS 1` with the same mark.
const iterationsLine = /^(.*\bITERATIONS\b\s*=?\s*)(\d+)(.*bench: iterations.*)$/m;

function positive(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value > 0;
}

/** Reads bench/awfy/suite.json; `only` keeps the benchmarks with those names. */
export function loadSuite(root: string, only?: readonly string[]): Benchmark[] {
  const file = path.join(root, "bench", "awfy", "suite.json");
  const json = JSON.parse(readFileSync(file, "utf8")) as { benchmarks?: unknown };
  if (!Array.isArray(json.benchmarks)) {
    throw new RegenError(`${file}: no "benchmarks" array`, "list the benchmarks as the file's $comment says");
  }
  const suite: Benchmark[] = [];
  for (const entry of json.benchmarks as Record<string, unknown>[]) {
    const { name, title, small, big, test, mps2, heapBytes = DEFAULT_HEAP_BYTES } = entry;
    if (typeof name !== "string" || typeof title !== "string" || !positive(small) || !positive(big)) {
      throw new RegenError(
        `${file}: benchmark ${JSON.stringify(entry)} is incomplete`,
        "give each benchmark name, title, small, big, test and mps2 (whole numbers, big > small)",
      );
    }
    if (big <= small || !positive(test) || !positive(mps2)) {
      throw new RegenError(`${file}: benchmark ${name} needs big > small and positive test and mps2 sizes`);
    }
    if (!positive(heapBytes) || heapBytes % 8 !== 0) {
      throw new RegenError(`${file}: benchmark ${name} needs a heapBytes that is a positive multiple of 8`);
    }
    if (only !== undefined && only.length > 0 && !only.includes(name)) continue;
    const dir = path.join(root, "bench", "awfy", name);
    suite.push({ name, title, dir, small, big, test, mps2, heapBytes });
  }
  return suite;
}

/** `source` with its marked iteration count replaced by `iterations`. */
export function withIterations(source: string, iterations: number, what: string): string {
  if (!iterationsLine.test(source)) {
    throw new RegenError(
      `${what} has no line marked "bench: iterations"`,
      "write the iteration count as `const ITERATIONS = 1; // bench: iterations` (C: a #define)",
    );
  }
  return source.replace(
    iterationsLine,
    (_all, head: string, _n: string, tail: string) => `${head}${iterations}${tail}`,
  );
}

/** Writes the benchmark's source in `language` with `iterations` rounds to `<outDir>/main.<ext>`. */
export function writeSource(
  bench: Benchmark,
  language: Language,
  iterations: number,
  outDir: string,
): string {
  const source = path.join(bench.dir, fileOf[language]);
  mkdirSync(outDir, { recursive: true });
  const target = path.join(outDir, fileOf[language]);
  writeFileSync(target, withIterations(readFileSync(source, "utf8"), iterations, source));
  return target;
}
