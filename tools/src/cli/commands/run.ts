// `regen run <app...> [--board <id>] [--for <s>] [--flash-file <path>] [--json]`: build, run on QEMU or natively, and monitor.
//
// Ends when every app has ended (`all-done`), when the device process exits, or after --for seconds.
// QEMU is killed on every path out (normal end, error, Ctrl-C, SIGTERM) by the child registry.
import type { Command } from "commander";

import { RegenError } from "../../errors.ts";
import { makeSink } from "../sinks.ts";

interface RunFlags {
  board: string;
  for?: string;
  flashFile?: string;
  out?: string;
  json?: boolean;
}

/** Adds `regen run` to `program`. */
export function registerRun(program: Command): void {
  program
    .command("run")
    .description("build apps, run them on QEMU or natively, and show what happens")
    .argument("<app...>", "app folders (with app.json) or single .ts files")
    .option("--board <id>", "board to run on: mps2-an385 or microbit (QEMU), or native", "mps2-an385")
    .option("--for <seconds>", "stop after this many seconds (default: until every app has ended)")
    .option(
      "--flash-file <path>",
      "keep the board's state partition in this file across runs (created blank when missing)",
    )
    .option("--out <dir>", "build folder (default: a folder under .regen-cache/)")
    .option("--json", "print one JSON object per line (NDJSON)")
    .action(async (apps: string[], flags: RunFlags) => {
      const forSeconds = flags.for === undefined ? undefined : parseSeconds(flags.for);
      const { runApps } = await import("../../run/run-apps.ts");
      const sink = makeSink(flags.json === true);
      try {
        await runApps({
          apps,
          board: flags.board,
          sink,
          forSeconds,
          outDir: flags.out,
          flashFile: flags.flashFile,
        });
      } finally {
        sink.close?.();
      }
    });
}

function parseSeconds(text: string): number {
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new RegenError(`--for expects a positive number of seconds, got "${text}"`, "e.g. --for 10");
  }
  return seconds;
}
