// Prints an error for people: `error: …`, then the hint, on stderr; stack traces only with REGEN_DEBUG=1.
import { DiagnosticsError, messageOf, RegenError } from "../errors.ts";
import { colorWanted, makePalette } from "../events/colors.ts";

/** Writes `error` to stderr the way every regen command reports failures. */
export function printError(error: unknown, stream: NodeJS.WriteStream = process.stderr): void {
  const p = makePalette(colorWanted(stream));
  const debug = process.env["REGEN_DEBUG"] === "1";
  const lines: string[] = [];
  if (error instanceof DiagnosticsError) {
    lines.push(error.formatted.trimEnd());
  }
  if (error instanceof RegenError) {
    lines.push(`${p.bold(p.red("error:"))} ${error.message}`);
    if (error.hint !== undefined) lines.push(`${p.yellow("hint:")} ${error.hint}`);
  } else {
    lines.push(`${p.bold(p.red("internal error:"))} ${messageOf(error)}`);
    lines.push(
      `${p.yellow("hint:")} this is a bug in regen; run again with REGEN_DEBUG=1 for details and report it`,
    );
  }
  if (debug && error instanceof Error && error.stack !== undefined) lines.push(p.dim(error.stack));
  stream.write(`${lines.join("\n")}\n`);
}
