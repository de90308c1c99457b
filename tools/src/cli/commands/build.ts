// `regen build <app...> --board <id> --out <dir>`: compile apps and link firmware, print a size report.
import type { Command } from "commander";

interface BuildFlags {
  board: string;
  out: string;
  json?: boolean;
}

/** Adds `regen build` to `program`. */
export function registerBuild(program: Command): void {
  program
    .command("build")
    .description("compile apps and link them with the kernel into firmware")
    .argument("<app...>", "app folders (with app.json) or single .ts files")
    .option("--board <id>", "target board (see `regen boards`)", "mps2-an385")
    .requiredOption("--out <dir>", "output folder for firmware.elf and friends")
    .option("--json", "print the size report as JSON")
    .action(async (apps: string[], flags: BuildFlags) => {
      const { buildApps } = await import("../../run/build-apps.ts");
      const { formatSizeReport } = await import("../../run/size-report.ts");
      const built = await buildApps(apps, flags.board, flags.out);
      const { firmware } = built;
      if (flags.json === true) {
        process.stdout.write(
          `${JSON.stringify({ elf: firmware.elf, kernel: firmware.kernel, runtime: firmware.runtime, apps: firmware.apps })}\n`,
        );
        return;
      }
      process.stdout.write(`${firmware.elf}\n\n${formatSizeReport(firmware)}\n`);
    });
}
