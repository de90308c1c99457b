// `regen ports`: list serial ports (the binding's list, or /sys/class/tty where udevadm is missing).
import type { Command } from "commander";

/** Adds `regen ports` to `program`. */
export function registerPorts(program: Command): void {
  program
    .command("ports")
    .description("list serial ports a device may be on")
    .option("--json", "print one JSON object per line")
    .action(async (options: { json?: boolean }) => {
      const { nativeBinding } = await import("../../transport/serial-port.ts");
      const { listPorts } = await import("../../transport/port-list.ts");
      const ports = await listPorts(await nativeBinding());
      for (const port of ports) {
        if (options.json === true) process.stdout.write(`${JSON.stringify(port)}\n`);
        else
          process.stdout.write(
            `${port.path}${port.description === undefined ? "" : `  ${port.description}`}\n`,
          );
      }
      if (ports.length === 0 && options.json !== true) process.stderr.write("no serial ports found\n");
    });
}
