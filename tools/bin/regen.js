#!/usr/bin/env node
// The `regen` executable: runs the esbuild bundle, rebuilding it first when a source file is newer.
//
// Start-up matters (every test and every user command pays it), so the normal path is one stat walk over
// the sources and one import of tools/dist/regen.mjs. When the bundle is missing or stale it is rebuilt
// with tools/build-cli.mjs, which needs the esbuild dev dependency.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const bundle = path.join(root, "tools", "dist", "regen.mjs");
/** Folders whose .ts files go into the bundle. */
const sourceDirs = ["tools/src", "compiler/src"].map((dir) => path.join(root, dir));

function newestSource(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json"))
      newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return sourceDirs.every((dir) => newestSource(dir) <= built);
}

if (!bundleIsFresh()) {
  try {
    const { buildCli } = await import("../build-cli.mjs");
    await buildCli({ quiet: true });
  } catch (error) {
    console.error(
      `error: cannot build the regen CLI bundle: ${error instanceof Error ? error.message : error}`,
    );
    console.error("hint: run `npm ci` in the regen folder (the build needs the esbuild dev dependency)");
    process.exit(70);
  }
}
await import(pathToFileURL(bundle).href);
