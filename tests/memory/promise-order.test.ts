// Promise job order, C runtime against Node: random programs of promises, reactions, adoption, finally,
// Promise.all, queueMicrotask and unhandled rejections run on the real runtime (tests/memory/c/promise-harness.c
// built with ASan, UBSan and the heap's poison checks, a small heap and a collection in every handler) and
// under Node; the logs must be identical line for line.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

import { repoRoot } from "../kernel/support/firmware-runner.ts";
import { generateProgram, nodeScript, Random, type PromiseProgram } from "./support/promise-programs.ts";

const PROGRAMS = 600;
const SEED = Number(process.env["RG_PROMISE_SEED"] ?? 20261127);

const sources = [
  "tests/memory/c/promise-harness.c",
  "runtime-c/rt/rt_alloc.c",
  "runtime-c/rt/rt_promise.c",
  "runtime-c/rt/rt_throw.c",
  "runtime-c/rt/rt_number.c",
  "runtime-c/heap/rg_heap.c",
];

function buildHarness(): string {
  const dir = path.join(repoRoot, "build", "test-memory");
  mkdirSync(dir, { recursive: true });
  const exe = path.join(dir, "promise-harness");
  const args = [
    ...["-std=c11", "-Wall", "-Wextra", "-Werror", "-Wpedantic", "-Wshadow"],
    ...["-Wmissing-prototypes", "-Wstrict-prototypes", "-g", "-O1", "-DRG_HEAP_DEBUG"],
    ...["-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-Iruntime-c/include"],
    ...sources,
    "-lm",
    "-Wl,--wrap=rg_rt_fault_with",
    "-o",
    exe,
  ];
  const cc = spawnSync("gcc", args, { cwd: repoRoot, encoding: "utf8" });
  assert.equal(cc.status, 0, cc.stderr);
  return exe;
}

/** Splits "=== n" separated output into one block per program. */
function blocks(output: string): string[] {
  return output
    .split(/^=== \d+\n/m)
    .slice(1)
    .map((block) => block.trimEnd());
}

describe("promise job order: C runtime against Node", function () {
  this.timeout(120_000);

  it(`runs ${PROGRAMS} random promise programs with Node's log, seed ${SEED}`, () => {
    const exe = buildHarness();
    const random = new Random(SEED);
    const programs: PromiseProgram[] = Array.from({ length: PROGRAMS }, () => generateProgram(random));

    const script = path.join(repoRoot, "build", "test-memory", "promise-programs.cjs");
    writeFileSync(script, nodeScript(programs));
    const node = spawnSync(process.execPath, [script], { encoding: "utf8", maxBuffer: 64 << 20 });
    assert.equal(node.status, 0, `${String(node.error)}\n${node.stderr}`);
    const input = programs.map((p) => `${p.ops.join("\n")}\nend\n`).join("");
    const env = { ...process.env, ASAN_OPTIONS: "detect_stack_use_after_return=0" };
    const c = spawnSync(exe, [], { input, encoding: "utf8", env, maxBuffer: 64 << 20 });
    assert.equal(c.status, 0, `${c.stdout.slice(-2000)}\n${c.stderr}`);

    const expected = blocks(node.stdout);
    const actual = blocks(c.stdout);
    assert.equal(actual.length, PROGRAMS);
    assert.equal(expected.length, PROGRAMS);
    for (let n = 0; n < PROGRAMS; n++) {
      if (actual[n] !== expected[n]) {
        assert.fail(
          `program ${n} (seed ${SEED}):\n${programs[n]?.ops.join("\n")}\n--- Node:\n${expected[n]}\n--- C:\n${actual[n]}`,
        );
      }
    }
    // The programs must exercise what they claim to.
    for (const op of ["N", "SP", "T", "C", "Y", "A", "W", "Q"]) {
      assert.ok(
        programs.some((p) => p.ops.some((line) => line.startsWith(`${op} `))),
        `no program uses ${op}`,
      );
    }
    const all = c.stdout;
    for (const needle of [
      /^unhandled /m,
      /^all\d+:/m,
      /^q\d+$/m,
      /^h\d+:f$/m,
      /Chaining cycle|h\d+:\[object\]/m,
    ]) {
      assert.match(all, needle);
    }
  });
});
