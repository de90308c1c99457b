// `regen state dump --flash-file <path> [--board <id>] [--app <dir>...] [--json]`: decode a state partition.
//
// Reads the file `regen run --flash-file` keeps, decodes the state store's format offline (tools/src/state)
// and prints each app slot: sequence number, size against the app's quota, schema hash and data — decoded into
// the state type's fields when an --app that keeps state is given and the record's schema hash is the app's
// current one. A damaged or torn partition is shown as such; only a missing or unreadable file is an error.
import type { Command } from "commander";

import { RegenError } from "../../errors.ts";

interface DumpFlags {
  flashFile?: string;
  board: string;
  app?: string[];
  offset?: string;
  json?: boolean;
}

/** Adds `regen state dump` to `program`. */
export function registerState(program: Command): void {
  const state = program.command("state").description("inspect the flash state store");
  state
    .command("dump")
    .description("decode the state partition of a flash file, per app")
    .option("--flash-file <path>", "the file given to `regen run --flash-file`")
    .option("--board <id>", "the board that wrote it (where the partition sits in the file)", "mps2-an385")
    .option(
      "--app <dir...>",
      "the firmware's apps, in the order given to `regen run` (for names, quotas and state fields)",
    )
    .option("--offset <bytes>", "partition offset in the file (overrides the board's)")
    .option("--json", "print one JSON object per line (NDJSON)")
    .action(async (flags: DumpFlags) => {
      if (flags.flashFile === undefined) {
        throw new RegenError(
          "state dump needs --flash-file <path>",
          "reading a device over --port is not supported yet",
        );
      }
      const { dumpState, dumpToJson, dumpToText } = await import("../../state/state-dump.ts");
      const { partitionPlace, dumpApps } = await import("../../state/dump-inputs.ts");
      const place = await partitionPlace(flags.board, flags.offset);
      const apps = await dumpApps(flags.app ?? []);
      const dump = dumpState(flags.flashFile, place, apps);
      if (flags.json === true) {
        for (const line of dumpToJson(dump)) process.stdout.write(`${JSON.stringify(line)}\n`);
      } else {
        process.stdout.write(`${dumpToText(dump)}\n`);
      }
    });
}
