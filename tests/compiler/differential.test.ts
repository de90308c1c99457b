// differential.test.ts: every corpus program prints byte-for-byte the same compiled (native board) as under Node.
//
// Programs in tests/compiler/programs run under Node (esbuild, `regen` aliased to compiler/node) and compiled
// by regen, built with the kernel for the native board under AddressSanitizer and UBSan, and run as a host
// process; the app's `log` frames, joined into lines, must equal Node's stdout exactly.
import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import path from "node:path";

import { listPrograms, pool } from "./support/programs.ts";
import { runCompiled } from "./support/run-compiled.ts";
import { runUnderNode } from "./support/run-node.ts";

interface Outcome {
  readonly node: string;
  readonly compiled: string;
  readonly error: string | undefined;
}

describe("compiler: differential corpus (Node vs native board)", function () {
  this.timeout(600_000);
  const programs = listPrograms();
  const outcomes = new Map<string, Outcome>();
  const root = path.join(tmpdir(), `regen-differential-${process.pid}`);

  before(async () => {
    const jobs = programs.map((p) => async () => {
      const outDir = path.join(root, p.name);
      try {
        const node = await runUnderNode(p.file, outDir, 20_000);
        const compiled = await runCompiled(p.file, { board: "native", outDir, timeoutMs: 20_000 });
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

  it("has at least 40 programs", () => {
    assert.ok(programs.length >= 40, `only ${programs.length} programs`);
  });

  for (const p of programs) {
    it(p.name, () => {
      const outcome = outcomes.get(p.name);
      assert.ok(outcome !== undefined, "program did not run");
      assert.equal(outcome.error, undefined);
      assert.ok(outcome.node.length > 0, "Node printed nothing");
      assert.equal(outcome.compiled, outcome.node);
    });
  }
});
