// The `regen` command tree: parses arguments, runs one subcommand, turns errors into one-screen messages.
//
// Each subcommand lives in its own file under commands/ and only registers itself here; heavy modules (the
// compiler, the serial binding) are imported inside the actions so `regen boards` or `regen --help` start
// in a few tens of milliseconds. Every error a user can cause is a RegenError: it is printed once with its
// hint and the process exits with its code. Anything else is a bug and says so (stack with REGEN_DEBUG=1).
import { Command, CommanderError } from "commander";

import { EXIT, RegenError } from "../errors.ts";
import { killAllChildren } from "../run/child-registry.ts";
import { registerBoards } from "./commands/boards.ts";
import { registerBuild } from "./commands/build.ts";
import { registerCompile } from "./commands/compile.ts";
import { registerMonitor } from "./commands/monitor.ts";
import { registerPorts } from "./commands/ports.ts";
import { registerRun } from "./commands/run.ts";
import { registerState } from "./commands/state.ts";
import { printError } from "./print-error.ts";

/** The version printed by `regen --version`. */
const VERSION = "0.1.0";

/** Builds the command tree (exported for tests of the argument parsing). */
export function makeProgram(): Command {
  const program = new Command("regen")
    .description("Compile TypeScript apps for microcontrollers and keep them running.")
    .version(VERSION)
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride();
  for (const register of [
    registerCompile,
    registerBuild,
    registerRun,
    registerMonitor,
    registerBoards,
    registerPorts,
    registerState,
  ]) {
    register(program);
  }
  return program;
}

/** Runs the CLI with `argv` (as in process.argv); resolves to the exit status. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await makeProgram().parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help/version text) already.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    printError(error);
    return error instanceof RegenError ? error.exitCode : EXIT.internal;
  } finally {
    killAllChildren();
  }
}
