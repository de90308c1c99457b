// math.test.ts: every Math function of the app runtime (runtime-c/rt/rt_math*.c) returns Node's exact bits.
//
// Builds tests/runtime/math-harness.c with the runtime's Math files (host gcc, -Werror, AddressSanitizer and
// UBSan), runs it once on all inputs of tests/runtime/math-inputs.ts (20,000 per function: special values,
// random bit patterns, branch limits, hard cases of argument reduction, ...) and compares each result with
// what this Node computes, bit for bit (any NaN matches any NaN: JavaScript cannot tell NaNs apart).
// Math.random cannot match Node's, so its generator is checked for determinism and range instead.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { inputLine, MATH_SOURCES, mismatches, runHarness, WARNINGS } from "./math-harness-run.ts";
import { arithmeticCases, fromBits, mathCases } from "./math-inputs.ts";

const root = path.resolve(import.meta.dirname, "..", "..");
const INPUTS_PER_FUNCTION = 20_000;

describe("app runtime: Math against Node, bit for bit", function () {
  this.timeout(120_000);
  const cases = [...mathCases(INPUTS_PER_FUNCTION), ...arithmeticCases(INPUTS_PER_FUNCTION)];
  let harness = "";
  const results = new Map<string, string[]>();

  before(() => {
    const dir = mkdtempSync(path.join(tmpdir(), "regen-math-"));
    harness = path.join(dir, "math-harness");
    execFileSync("gcc", [
      ...WARNINGS,
      "-O1",
      "-fsanitize=address,undefined",
      "-fno-sanitize-recover=all",
      `-I${path.join(root, "runtime-c/include")}`,
      path.join(root, "tests/runtime/math-harness.c"),
      ...MATH_SOURCES,
      "-o",
      harness,
    ]);
    const lines = cases.flatMap((c) => c.inputs.map((args) => inputLine(c.name, args)));
    const out = runHarness(harness, [], lines);
    let at = 0;
    for (const c of cases) {
      results.set(c.name, out.slice(at, at + c.inputs.length));
      at += c.inputs.length;
    }
  });

  for (const c of cases) {
    it(`${c.name}: ${c.inputs.length} inputs`, () => {
      const bad = mismatches(c, results.get(c.name) ?? []);
      assert.deepEqual(bad.slice(0, 8), [], `${bad.length} of ${c.inputs.length} results differ from Node's`);
    });
  }

  it("random: a seeded sequence is reproducible, in [0, 1), and looks uniform", () => {
    const draws = (seed: number, count: number): number[] =>
      runHarness(harness, [], [inputLine("random", [fromBits(BigInt(seed)), count])], count).map((line) =>
        fromBits(BigInt(`0x${line}`)),
      );
    const count = 20_000;
    const a = draws(1, count);
    assert.deepEqual(draws(1, count), a, "the same seed gives the same numbers");
    assert.notDeepEqual(draws(2, count), a, "another seed gives other numbers");
    assert.ok(
      a.every((x) => x >= 0 && x < 1 && Number.isInteger(x * 2 ** 52)),
      "every number is a multiple of 2^-52 in [0, 1)",
    );
    assert.equal(new Set(a).size, count, "no repeats in 20,000 draws");
    // Ten equal bins: each should hold 2,000 ± a few standard deviations (sd ~ 42).
    const bins = new Array<number>(10).fill(0);
    for (const x of a) bins[Math.floor(x * 10)] = (bins[Math.floor(x * 10)] ?? 0) + 1;
    for (const n of bins) assert.ok(Math.abs(n - count / 10) < 250, `bin counts ${bins.join(" ")}`);
    assert.equal(draws(0, 3).length, 3, "seed 0 works too");
  });
});
