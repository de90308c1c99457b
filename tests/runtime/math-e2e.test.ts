// math-e2e.test.ts: a compiled app calling every Math function prints what Node prints, on the native
// board and on mps2-an385.
//
// The C harness (math.test.ts, math-cortex-m.test.ts) proves each function alone; this proves them linked into
// firmware through the compiler's calls (rest arguments, constants, `**`), with the Cortex-M3's software
// doubles in the app's own arithmetic too. QEMU is killed after a time limit.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { runCompiled } from "../compiler/support/run-compiled.ts";
import { runUnderNode } from "../compiler/support/run-node.ts";

const appsDir = path.join(import.meta.dirname, "math-apps");
const apps = readdirSync(appsDir)
  .filter((f) => f.endsWith(".ts"))
  .sort();
const haveQemu = spawnSync("qemu-system-arm", ["--version"], { stdio: "ignore" }).status === 0;

describe("app runtime: Math apps compiled vs Node", function () {
  this.timeout(180_000);
  const root = path.join(tmpdir(), `regen-math-e2e-${process.pid}`);

  for (const app of apps) {
    for (const board of ["native", "mps2-an385"] as const) {
      it(`${app} on ${board}`, async function () {
        if (board === "mps2-an385" && !haveQemu) this.skip();
        const file = path.join(appsDir, app);
        const outDir = path.join(root, `${app}-${board}`);
        const node = await runUnderNode(file, outDir, 20_000);
        const compiled = await runCompiled(file, { board, outDir, timeoutMs: 60_000, stackBytes: 4096 });
        assert.ok(node.stdout.split("\n").length > 700, "the app printed too little under Node");
        assert.equal(compiled.stdout, node.stdout);
      });
    }
  }
});
