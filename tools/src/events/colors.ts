// Terminal colours, on only when the output is a terminal and NO_COLOR is not set.
//
// A handful of SGR codes is all the human view needs, so there is no dependency for it. FORCE_COLOR=1
// turns colours on for a non-terminal (handy in tests of the renderer).

/** A function that wraps text in one style (or returns it unchanged when colours are off). */
export type Style = (text: string) => string;

/** The styles the human view uses. */
export interface Palette {
  readonly enabled: boolean;
  readonly dim: Style;
  readonly bold: Style;
  readonly red: Style;
  readonly green: Style;
  readonly yellow: Style;
  readonly blue: Style;
  readonly magenta: Style;
  readonly cyan: Style;
  /** Styles cycled through so that each app keeps one colour. */
  readonly apps: readonly Style[];
}

/** Whether to colour output written to `stream`. */
export function colorWanted(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env["NO_COLOR"] !== undefined && env["NO_COLOR"] !== "") return false;
  if (env["FORCE_COLOR"] !== undefined && env["FORCE_COLOR"] !== "0") return true;
  return stream.isTTY === true && env["TERM"] !== "dumb";
}

function sgr(open: number, close: number, enabled: boolean): Style {
  return enabled ? (text) => `\u001b[${open}m${text}\u001b[${close}m` : (text) => text;
}

/** The palette for a destination; all styles are identity functions when colours are off. */
export function makePalette(enabled: boolean): Palette {
  const cyan = sgr(36, 39, enabled);
  const green = sgr(32, 39, enabled);
  const blue = sgr(34, 39, enabled);
  const magenta = sgr(35, 39, enabled);
  const yellow = sgr(33, 39, enabled);
  return {
    enabled,
    dim: sgr(2, 22, enabled),
    bold: sgr(1, 22, enabled),
    red: sgr(31, 39, enabled),
    green,
    yellow,
    blue,
    magenta,
    cyan,
    apps: [cyan, green, blue, magenta, yellow],
  };
}
