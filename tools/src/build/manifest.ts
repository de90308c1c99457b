// Loads an app's manifest (app.json) and fills in defaults, after checking it against app.schema.json.
//
// The manifest is the app's policy row: stack size, callback time budget and restart policy. The
// kernel knows how to restart; this says when and how often. A bad manifest is a ManifestError with
// the file, the field and a hint.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { ManifestError } from "./errors.ts";
import { checkSchema, parseJson } from "./schema-check.ts";

/** What the kernel does when an app hits its restart limit. */
export type OnLimit = "stop" | "reboot";

export interface RestartPolicy {
  maxRestarts: number;
  windowMs: number;
  backoffMs: number;
  backoffMaxMs: number;
  onLimit: OnLimit;
}

/** A validated app manifest with every default applied. */
export interface AppManifest {
  name: string;
  /** Entry file, relative to the app folder. */
  main: string;
  stackBytes: number;
  heapBytes: number;
  /** Most bytes of state the app may save (0: it keeps no state). */
  stateBytes: number;
  budgetMs: number;
  restart: RestartPolicy;
  /** The app folder (absolute), or undefined for a manifest made in memory. */
  dir: string | undefined;
}

const schemaPath = path.join(path.dirname(new URL(import.meta.url).pathname), "app.schema.json");
let schema: object | undefined;

/** The defaults, as app.schema.json documents them. */
export const defaultRestart: RestartPolicy = {
  maxRestarts: 5,
  windowMs: 10000,
  backoffMs: 100,
  backoffMaxMs: 2000,
  onLimit: "stop",
};

interface ManifestJson {
  name: string;
  main?: string;
  stackBytes?: number;
  heapBytes?: number;
  stateBytes?: number;
  budgetMs?: number;
  restart?: Partial<RestartPolicy>;
}

/**
 * Checks a manifest object (already parsed) and applies defaults. `file` names it in errors.
 */
export function parseAppManifest(json: unknown, file: string, dir: string | undefined): AppManifest {
  schema ??= JSON.parse(readFileSync(schemaPath, "utf8")) as object;
  checkSchema(schema, json, (field, message) => manifestError(file, field, message));
  const data = json as ManifestJson;
  const restart = { ...defaultRestart, ...data.restart };
  if (restart.backoffMaxMs < restart.backoffMs) {
    throw manifestError(
      file,
      "restart.backoffMaxMs",
      `(${restart.backoffMaxMs}) is smaller than restart.backoffMs (${restart.backoffMs})`,
    );
  }
  return {
    name: data.name,
    main: data.main ?? "main.ts",
    stackBytes: data.stackBytes ?? 2048,
    heapBytes: data.heapBytes ?? 8192,
    stateBytes: data.stateBytes ?? 0,
    budgetMs: data.budgetMs ?? 100,
    restart,
    dir,
  };
}

function manifestError(file: string, field: string, message: string): ManifestError {
  return new ManifestError(`${field === "(top level)" ? "the manifest" : `"${field}"`} ${message}`, {
    file,
    field,
    hint: "see tools/src/build/app.schema.json for every field, its range and its default",
  });
}

/** Reads `<appDir>/app.json`, validates it and applies defaults. */
export function loadAppManifest(appDir: string): AppManifest {
  const dir = path.resolve(appDir);
  const file = path.join(dir, "app.json");
  if (!existsSync(file)) {
    throw new ManifestError("the app folder has no app.json", {
      file,
      hint: 'create app.json with at least { "name": "my-app" }',
    });
  }
  const json = parseJson(readFileSync(file, "utf8"), (field, message) => manifestError(file, field, message));
  return parseAppManifest(json, file, dir);
}

/** The manifest a single .ts file gets: every default, named after the file. */
export function defaultManifest(name: string): AppManifest {
  return parseAppManifest({ name }, `(default manifest for ${name})`, undefined);
}
