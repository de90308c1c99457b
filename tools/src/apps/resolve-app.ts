// `<app>` arguments → app sources: a folder with app.json, or a single .ts file with a default manifest.
//
// This is only about finding files and saying clearly what is wrong; reading and validating app.json is
// the build library's job (loadAppManifest).
import { existsSync, statSync } from "node:fs";
import path from "node:path";

import { MissingPathError, RegenError } from "../errors.ts";

/** Where an app's files are. */
export interface AppLocation {
  /** The argument as given, for messages. */
  readonly arg: string;
  /** The app's folder (for a single file: the file's folder). */
  readonly dir: string;
  /** The TypeScript entry file. */
  readonly entry: string;
  /** The app.json path, or undefined for a single file (default manifest). */
  readonly manifest: string | undefined;
  /** The app name a single file gets: its base name without `.ts`. */
  readonly defaultName: string;
}

/** Resolves one `<app>` argument; throws a RegenError saying what to fix. */
export function locateApp(arg: string): AppLocation {
  const full = path.resolve(arg);
  if (!existsSync(full)) {
    throw new MissingPathError(arg, "app", "pass an app folder (with main.ts and app.json) or a .ts file");
  }
  if (statSync(full).isDirectory()) {
    const manifest = path.join(full, "app.json");
    const entry = path.join(full, "main.ts");
    if (!existsSync(manifest)) {
      throw new RegenError(
        `${arg} has no app.json`,
        `add an app.json (see README.md) or pass the .ts file itself to use the default manifest`,
      );
    }
    if (!existsSync(entry))
      throw new RegenError(`${arg} has no main.ts`, "an app folder's entry file is main.ts");
    return { arg, dir: full, entry, manifest, defaultName: path.basename(full) };
  }
  if (!full.endsWith(".ts")) {
    throw new RegenError(`${arg} is not a TypeScript file`, "pass an app folder or a .ts file");
  }
  return {
    arg,
    dir: path.dirname(full),
    entry: full,
    manifest: undefined,
    defaultName: path.basename(full, ".ts"),
  };
}
