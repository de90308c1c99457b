// format.ts: renders a Diagnostic for people, in one screen.
//
// Layout: `file:line:col: error RGnnnn: message`, the source line, a caret line under the offending range,
// and `hint: ...`. Tabs in the source line are kept in the caret line so the carets stay aligned. A
// diagnostic without a location (line 0, e.g. a global TypeScript error) is `file: error RGnnnn: message`
// and the hint, with no source line or caret.
import type { Diagnostic } from "./diagnostic.ts";

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === 0 ? d.file : `${d.file}:${d.line}:${d.column}`;
  const lines = [`${where}: error ${d.code}: ${d.message}`];
  if (d.sourceLine !== "") {
    const gutter = `${d.line} | `;
    const before = d.sourceLine.slice(0, d.column - 1).replace(/[^\t]/g, " ");
    lines.push(`${gutter}${d.sourceLine}`);
    lines.push(`${" ".repeat(gutter.length - 2)}| ${before}${"^".repeat(d.length)}`);
  }
  lines.push(`hint: ${d.hint}`);
  return lines.join("\n");
}
