// apps-vs-node.ts: declares a mocha suite that runs every app of a folder under Node and compiled.
//
// Each .ts app in the folder runs under Node and compiled on the native board and on mps2-an385 (skipped
// without QEMU); the compiled output must equal Node's byte for byte, and Node's must pass `enough`, so an
// app that silently prints nothing cannot pass. Used by the runtime's end-to-end suites (strings, Math).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { runCompiled } from "../../compiler/support/run-compiled.ts";
import { runUnderNode } from "../../compiler/support/run-node.ts";

const haveQemu = spawnSync("qemu-system-arm", ["--version"], { stdio: "ignore" }).status === 0;

export function describeAppsVsNode(
  title: string,
  appsDir: string,
  enough: (stdout: string) => boolean,
): void {
  const apps = readdirSync(appsDir)
    .filter((f) => f.endsWith(".ts"))
    .sort();
  describe(title, function () {
    this.timeout(180_000);
    const root = path.join(tmpdir(), `regen-${path.basename(appsDir)}-${process.pid}`);
    for (const app of apps) {
      for (const board of ["native", "mps2-an385"] as const) {
        it(`${app} on ${board}`, async function () {
          if (board === "mps2-an385" && !haveQemu) this.skip();
          const file = path.join(appsDir, app);
          const outDir = path.join(root, `${app}-${board}`);
          const node = await runUnderNode(file, outDir, 20_000);
          const compiled = await runCompiled(file, { board, outDir, timeoutMs: 60_000, stackBytes: 4096 });
          assert.ok(enough(node.stdout), "the app printed too little under Node");
          assert.equal(compiled.stdout, node.stdout);
        });
      }
    }
  });
}
