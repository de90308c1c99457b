// check-c.ts: checks that emitted C is valid C with the project's warning flags, using host gcc.
//
// Every sampled program's C goes to a temporary folder and one `gcc -fsyntax-only` run checks them all
// (one process instead of one per file keeps the fuzz test fast); only when that fails is each file
// checked alone, to name the programs whose C is wrong. `#line` directives make gcc's messages point at
// the program's own name (fuzz-<n>.ts), which the report shows with the program.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

import { boardsDir, includeDir } from "../../../tools/src/build/paths.ts";
import { commonCFlags } from "../../../tools/src/build/toolchain.ts";

const run = promisify(execFile);

export interface CProblem {
  readonly name: string;
  readonly errors: string;
}

const flags = [...commonCFlags, "-fsyntax-only", `-I${includeDir}`, `-I${path.join(boardsDir, "native")}`];

async function gcc(files: readonly string[]): Promise<string | undefined> {
  try {
    await run("gcc", [...flags, ...files], { maxBuffer: 16 * 1024 * 1024 });
    return undefined;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    return stderr ?? String(error);
  }
}

/** The kind of gcc's first error, without the names in it: `unused variable ‘…’`. */
export function cErrorKind(errors: string): string {
  const first = /error: (.*)$/m.exec(errors)?.[1] ?? errors.split("\n")[0] ?? "";
  return first.replace(/‘[^’]*’/g, "‘…’").replace(/'[^']*'/g, "'…'");
}

/** Checks `sources` (program name → C text); returns the programs whose C gcc rejects. */
export async function checkC(sources: ReadonlyMap<string, string>): Promise<CProblem[]> {
  if (sources.size === 0) return [];
  const dir = mkdtempSync(path.join(tmpdir(), "regen-fuzz-c-"));
  try {
    const files = new Map<string, string>();
    for (const [name, c] of sources) {
      const file = path.join(dir, `${name}.c`);
      writeFileSync(file, c);
      files.set(name, file);
    }
    if ((await gcc([...files.values()])) === undefined) return [];
    const problems: CProblem[] = [];
    for (const [name, file] of files) {
      const errors = await gcc([file]);
      if (errors !== undefined) problems.push({ name, errors });
    }
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
