// `regen boards`: list the boards under boards/.
import type { Command } from "commander";

/** Adds `regen boards` to `program`. */
export function registerBoards(program: Command): void {
  program
    .command("boards")
    .description("list the boards regen can build for")
    .option("--json", "print one JSON object per line")
    .action(async (options: { json?: boolean }) => {
      const { listBoards } = await import("../../run/project-api.ts");
      const boards = await listBoards();
      const width = Math.max(...boards.map((board) => board.id.length), 2);
      for (const board of boards) {
        if (options.json === true) {
          process.stdout.write(
            `${JSON.stringify({ id: board.id, description: board.description, runner: board.runner })}\n`,
          );
        } else {
          process.stdout.write(`${board.id.padEnd(width)}  ${board.description}\n`);
        }
      }
    });
}
