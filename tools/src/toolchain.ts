// The external programs regen runs, where they come from, and a check that says what to install.
//
// Each program maps to its Debian package, so a missing one becomes a MissingToolError whose hint is the exact
// `apt-get install -y …` line. Lookups walk PATH directly (no `which` process), which keeps start-up fast.
import { accessSync, constants } from "node:fs";
import path from "node:path";

import { MissingToolError } from "./errors.ts";

/** Programs regen may need, with the Debian package that provides each. */
export const TOOLS = {
  "qemu-system-arm": "qemu-system-arm",
  "arm-none-eabi-gcc": "gcc-arm-none-eabi",
  "arm-none-eabi-addr2line": "binutils-arm-none-eabi",
  "arm-none-eabi-size": "binutils-arm-none-eabi",
  gcc: "gcc",
  addr2line: "binutils",
} as const;

/** A program regen knows how to install. */
export type ToolName = keyof typeof TOOLS;

/** The absolute path of `program` on PATH, or null. */
export function findOnPath(program: string, envPath: string = process.env["PATH"] ?? ""): string | null {
  for (const dir of envPath.split(path.delimiter)) {
    if (dir === "") continue;
    const candidate = path.join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory; keep looking.
    }
  }
  return null;
}

/** The path of `program`; throws a MissingToolError naming its Debian package when it is not installed. */
export function requireTool(program: ToolName, purpose: string): string {
  const found = findOnPath(program);
  if (found === null) throw new MissingToolError(program, [TOOLS[program]], purpose);
  return found;
}
