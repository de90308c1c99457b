// qemu.test.ts: the `// @qemu` programs print the same on mps2-an385 (Cortex-M3 under QEMU) as under Node.
//
// Same comparison as differential.test.ts, on the real target: the app runs unprivileged with soft-float
// doubles, so this catches what only the cross compiler or the MPU would show. QEMU is killed after a
// time limit in every case.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";

import { listPrograms, pool } from "./support/programs.ts";
import { runCompiled } from "./support/run-compiled.ts";
import { runUnderNode } from "./support/run-node.ts";

const haveQemu = spawnSync("qemu-system-arm", ["--version"], { stdio: "ignore" }).status === 0;

describe("compiler: @qemu programs on mps2-an385 vs Node", function () {
  this.timeout(600_000);
  const programs = listPrograms().filter((p) => p.qemu);
  const outcomes = new Map<string, { node: string; compiled: string; error: string | undefined }>();
  const root = path.join(tmpdir(), `regen-qemu-${process.pid}`);

  before(async function () {
    if (!haveQemu) this.skip();
    const jobs = programs.map((p) => async () => {
      const outDir = path.join(root, p.name);
      try {
        const node = await runUnderNode(p.file, outDir, 20_000);
        const compiled = await runCompiled(p.file, {
          board: "mps2-an385",
          outDir,
          timeoutMs: 30_000,
          // The same stack as the native runs: compound-literal argument arrays in a long top-level code block
          // are not shared by gcc, so big programs need more than 4 KiB (docs/SUBSET.md, "Known wrong results").
          stackBytes: 8192,
        });
        outcomes.set(p.name, { node: node.stdout, compiled: compiled.stdout, error: undefined });
      } catch (error) {
        outcomes.set(p.name, {
          node: "",
          compiled: "",
          error: error instanceof Error ? error.message : String(error),
        });
      }
    });
    await pool(jobs, 2);
  });

  it("has at least 8 programs tagged // @qemu", () => {
    assert.ok(programs.length >= 8, `only ${programs.length} tagged programs`);
  });

  for (const p of programs) {
    it(p.name, () => {
      const outcome = outcomes.get(p.name);
      assert.ok(outcome !== undefined, "program did not run");
      assert.equal(outcome.error, undefined);
      assert.equal(outcome.compiled, outcome.node);
    });
  }
});
