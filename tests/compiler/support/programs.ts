// programs.ts: the differential corpus (tests/compiler/programs) and a small job pool for it.
//
// Each program runs under Node and compiled; running them two at a time keeps the shared machine usable
// (the project's rule for heavy jobs) while halving the suite's wall time.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const programsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "programs");

export interface Program {
  readonly name: string;
  readonly file: string;
  /** first line is `// @qemu`: also run on mps2-an385 */
  readonly qemu: boolean;
}

export function listPrograms(): Program[] {
  return readdirSync(programsDir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => {
      const file = path.join(programsDir, f);
      const first = readFileSync(file, "utf8").split("\n", 1)[0] ?? "";
      return { name: f.replace(/\.ts$/, ""), file, qemu: first.trim() === "// @qemu" };
    });
}

/** Runs jobs at most `limit` at a time; results keep the jobs' order. */
export async function pool<T>(jobs: readonly (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const index = next++;
      const job = jobs[index];
      if (job !== undefined) results[index] = await job();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return results;
}
