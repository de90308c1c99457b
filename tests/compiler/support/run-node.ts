// run-node.ts: runs an app under Node, with `regen` aliased to the Node implementation (compiler/node).
//
// esbuild bundles the app into one ESM file (types stripped, `regen` resolved to compiler/node/regen.ts);
// node runs it with a time limit, timers on a simulated clock (virtual-clock.js). Its stdout is the reference output of the differential tests.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const regenForNode = path.resolve(here, "../../../compiler/node/regen.ts");
// Runs timers on a simulated clock, like the native board with RG_NATIVE_CLOCK=virtual (see the file).
const virtualClock = readFileSync(path.join(here, "virtual-clock.js"), "utf8");

export async function runUnderNode(
  file: string,
  outDir: string,
  timeoutMs: number,
): Promise<{ stdout: string; exitCode: number | null }> {
  mkdirSync(outDir, { recursive: true });
  const bundle = path.join(outDir, "node-bundle.mjs");
  await build({
    entryPoints: [file],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile: bundle,
    alias: { regen: regenForNode },
    banner: { js: virtualClock },
    // A class that names itself inside its body is renamed `_Name` by the bundler otherwise, and Node would
    // print its instances as `_Name { … }` where the app (and plain `node`) print `Name { … }`.
    keepNames: true,
    logLevel: "error",
  });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (code !== 0 && stderr !== "") process.stderr.write(stderr);
      resolve({ stdout, exitCode: code });
    });
  });
}
