// `regen compile <file.ts> -o <file.c>`: the compiler alone.
import type { Command } from "commander";

import { MissingPathError } from "../../errors.ts";

/** Adds `regen compile` to `program`. */
export function registerCompile(program: Command): void {
  program
    .command("compile")
    .description("compile one TypeScript app file to C")
    .argument("<file.ts>", "the app's entry file")
    .requiredOption("-o, --out <file.c>", "where to write the C file")
    .action(async (file: string, options: { out: string }) => {
      const { existsSync } = await import("node:fs");
      if (!existsSync(file)) throw new MissingPathError(file, "source file");
      const { compileToFile } = await import("../../run/project-api.ts");
      await compileToFile(file, options.out);
      process.stderr.write(`wrote ${options.out}\n`);
    });
}
