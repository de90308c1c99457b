// Entry point of the `regen` command (bundled into tools/dist/regen.mjs by `npm run build`).
//
// All logic is in program.ts; this file runs it, exits with its status, and covers the ways out that do
// not pass through it: a closed stdout (`regen run … | head`) and an exception thrown from a callback.
// Every one of them kills the child processes (QEMU, the native board, addr2line) first.
import { EXIT } from "../errors.ts";
import { killAllChildren } from "../run/child-registry.ts";
import { printError } from "./print-error.ts";
import { main } from "./program.ts";

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  killAllChildren();
  // The reader went away (a pager or `head` quit): that is a normal end for a command that streams.
  process.exit(error.code === "EPIPE" ? EXIT.ok : EXIT.internal);
});
process.on("uncaughtException", (error) => {
  killAllChildren();
  printError(error);
  process.exit(EXIT.internal);
});

const status = await main(process.argv);
// Give stdout a chance to drain (it is a pipe in tests), then exit even if a handle is left open.
process.exitCode = status;
if (process.stdout.writableNeedDrain) process.stdout.once("drain", () => process.exit(status));
else process.exit(status);
