// property.test.ts: random expressions (fast-check) print the same compiled on the native board as under Node.
//
// Each run builds 5 programs of 200 cases (REGEN_PROPERTY_PROGRAMS, REGEN_PROPERTY_CASES), one
// `console.log(<expression>)` per case, over number literals (-0, NaN, Infinity, fractions, huge and
// tiny), variables, + - * / % **, bitwise and integer conversions, comparisons, logic and ternaries.
// Each program is compiled once, run under Node and on the native board (sanitizers on), and the
// outputs compared line by line; the first differing case is cut into its sub-expressions, which run
// once more to name the smallest that differs.
// Math calls, strings (concatenation, templates, slice, indexOf, padStart, trim, toUpperCase) and arrays
// (literals, map, filter, join, indexOf) are families of their own: REGEN_PROPERTY_FAMILIES picks a
// subset (e.g. `numbers` alone) when one of them is broken. The seed is fixed; REGEN_PROPERTY_SEED
// changes it.
import assert from "node:assert/strict";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import fc from "fast-check";

import {
  caseArbitrary,
  programFor,
  render,
  subExpressions,
  type Expr,
  type Family,
} from "./fuzz/expressions.ts";
import { pool } from "./support/programs.ts";
import { runCompiled } from "./support/run-compiled.ts";
import { runUnderNode } from "./support/run-node.ts";

const seed = Number(process.env.REGEN_PROPERTY_SEED ?? 4242);
// Few large programs: each costs a firmware build, the cases in it cost almost nothing.
const programs = Number(process.env.REGEN_PROPERTY_PROGRAMS ?? 5);
const cases = Number(process.env.REGEN_PROPERTY_CASES ?? 200);
const families = new Set(
  (process.env.REGEN_PROPERTY_FAMILIES ?? "numbers,math,strings,arrays").split(",") as Family[],
);

interface Outputs {
  readonly node: string;
  readonly compiled: string;
}

/** Runs `text` under Node and compiled; throws with the compiler's diagnostics when it does not compile. */
async function runBoth(text: string, dir: string, name: string): Promise<Outputs> {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.ts`);
  writeFileSync(file, text);
  const node = await runUnderNode(file, path.join(dir, "node"), 30_000);
  const compiled = await runCompiled(file, {
    board: "native",
    outDir: path.join(dir, "native"),
    timeoutMs: 30_000,
  });
  return { node: node.stdout, compiled: compiled.stdout };
}

/** The index of the first line that differs, or -1. */
function firstDifference(a: string, b: string): number {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) if (x[i] !== y[i]) return i;
  return -1;
}

/** A sub-expression that can be printed on its own (not a callback or a bare array). */
function printable(e: Expr): boolean {
  return e.k !== "array" && !(e.k === "lit" && e.text.includes("=>"));
}

describe("compiler: property test (random expressions, Node vs native board)", function () {
  this.timeout(900_000);
  const root = path.join(tmpdir(), `regen-property-${process.pid}`);
  const generated: Expr[][] = [];
  const failures = new Map<number, string>();

  before(async () => {
    console.log(
      `      property: seed ${seed} (REGEN_PROPERTY_SEED), ${programs} programs × ${cases} cases, ` +
        `families ${[...families].join(",")} (REGEN_PROPERTY_FAMILIES)`,
    );
    for (let p = 0; p < programs; p++) {
      generated.push(fc.sample(caseArbitrary(families), { seed: seed + p, numRuns: cases }));
    }
    const jobs = generated.map((exprs, p) => async () => {
      const dir = path.join(root, `p${p}`);
      try {
        const out = await runBoth(programFor(exprs), dir, `property-${p}`);
        const line = firstDifference(out.node, out.compiled);
        if (line < 0) return;
        const expr = exprs[line];
        if (expr === undefined) {
          failures.set(
            p,
            `output differs after the last case (line ${line + 1}):\n${out.compiled.slice(-500)}`,
          );
          return;
        }
        const nodeLine = out.node.split("\n")[line];
        const compiledLine = out.compiled.split("\n")[line];
        failures.set(
          p,
          `case ${line} differs: Node ${nodeLine}, compiled ${compiledLine}\n  ${render(expr)}\n` +
            (await narrowDown(expr, path.join(dir, "narrow"))),
        );
      } catch (error) {
        failures.set(
          p,
          error instanceof Error ? error.message.split("\n").slice(0, 12).join("\n") : String(error),
        );
      }
    });
    // The first build alone fills the object cache (kernel, runtime); the others then only build the app.
    const [first, ...rest] = jobs;
    if (first !== undefined) await first();
    await pool(rest, 2);
  });

  after(() => rmSync(root, { recursive: true, force: true }));

  it("generates at least 1,000 cases per run", () => {
    const total = generated.reduce((n, exprs) => n + exprs.length, 0);
    assert.ok(total >= Math.min(1000, programs * cases), `only ${total} cases`);
  });

  for (let p = 0; p < programs; p++) {
    it(`program ${p}: every case prints the same as under Node`, () => {
      assert.ok(generated[p] !== undefined, "program was not generated");
      const failure = failures.get(p);
      assert.equal(failure, undefined, `seed ${seed + p}: ${failure ?? ""}`);
    });
  }
});

/** Prints every sub-expression of a differing case once more and names the smallest that still differs. */
async function narrowDown(expr: Expr, dir: string): Promise<string> {
  const parts = subExpressions(expr).filter(printable);
  try {
    const out = await runBoth(programFor(parts), dir, "narrow");
    const nodeLines = out.node.split("\n");
    const compiledLines = out.compiled.split("\n");
    const differing = parts
      .map((e, i) => ({ text: render(e), node: nodeLines[i], compiled: compiledLines[i] }))
      .filter((d) => d.node !== d.compiled)
      .sort((a, b) => a.text.length - b.text.length);
    const smallest = differing[0];
    if (smallest === undefined) return "  (no sub-expression differs on its own)";
    return `  smallest differing part: ${smallest.text}\n  Node ${smallest.node}, compiled ${smallest.compiled}`;
  } catch (error) {
    return `  (narrowing failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)})`;
  }
}
