// Bundles the regen CLI with esbuild into tools/dist/ (`npm run build`; tools/bin/regen.js calls it too).
//
// One ESM entry (tools/dist/regen.mjs) plus lazily loaded chunks: the compiler and the serial binding are
// imported inside command actions, so code splitting keeps them (and ts-morph) out of start-up. Native and
// very large packages stay external and load from node_modules. The build writes into a private folder and
// renames the files into place, entry last, so a concurrent `regen` never sees half a bundle.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const distDir = path.join(root, "tools", "dist");
export const bundlePath = path.join(distDir, "regen.mjs");

/** Packages loaded from node_modules at run time: native addons, and ts-morph (TypeScript inside). */
const external = ["@serialport/bindings-cpp", "ts-morph"];

/**
 * Keeps `import.meta.url` meaning "this source file" inside the bundle. The compiler and the build library
 * find their data (compiler/lib, boards/, schemas) relative to their own file; in the bundle every module
 * lives in tools/dist/, so each use is rewritten to the source file's URL relative to the bundle.
 */
const sourceLocationPlugin = {
  name: "regen-source-location",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return { contents: source, loader: "ts" };
      const relative = path.relative(distDir, args.path).split(path.sep).join("/");
      const url = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: source.replaceAll("import.meta.url", url), loader: "ts" };
    });
  },
};

/** Builds the bundle; resolves when tools/dist/regen.mjs is in place. */
export async function buildCli({ quiet = false } = {}) {
  const { build } = await import("esbuild");
  mkdirSync(distDir, { recursive: true });
  const staging = mkdtempSync(path.join(distDir, ".staging-"));
  try {
    await build({
      entryPoints: { regen: path.join(root, "tools", "src", "cli", "main.ts") },
      outdir: staging,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      external,
      plugins: [sourceLocationPlugin],
      // Bundled CommonJS packages may call require(); give ESM output a real one.
      banner: {
        js: "import { createRequire as __regenCreateRequire } from 'node:module'; const require = __regenCreateRequire(import.meta.url);",
      },
      sourcemap: "linked",
      logLevel: quiet ? "error" : "warning",
    });
    const files = readdirSync(staging);
    const entry = ["regen.mjs", "regen.mjs.map"];
    for (const file of files.filter((name) => !entry.includes(name))) {
      renameSync(path.join(staging, file), path.join(distDir, file));
    }
    for (const file of entry.filter((name) => files.includes(name)).reverse()) {
      renameSync(path.join(staging, file), path.join(distDir, file));
    }
    // Chunks of earlier builds are no longer referenced by the new entry.
    for (const file of readdirSync(distDir)) {
      if (!files.includes(file) && !file.startsWith(".staging-"))
        rmSync(path.join(distDir, file), { force: true });
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
  console.log(`built ${path.relative(process.cwd(), bundlePath)}`);
}
