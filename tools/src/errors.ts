// Typed errors for everything a user can get wrong or lack, each with the values that matter and a hint.
//
// Commands throw these; the CLI entry prints `error: <message>` and the hint once, on one screen, and exits
// with the error's code. Anything else that escapes is a bug in regen and is reported as such (with the stack
// only when REGEN_DEBUG=1).

/** Exit statuses of the `regen` command (docs/CLI.md). */
export const EXIT = {
  ok: 0,
  /** A user mistake: bad arguments, a missing file, a bad manifest, a compile error. */
  usage: 1,
  /** A program or package regen needs is missing. */
  missingTool: 2,
  /** The build (gcc, link) failed. */
  build: 3,
  /** The device run failed: QEMU or the native process ended abnormally, the port failed. */
  device: 4,
  /** A bug in regen itself. */
  internal: 70,
} as const;

/** An error meant for the user: message, optional hint, exit status. */
export class RegenError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
    this.name = "RegenError";
  }
}

/** A file or folder the user named does not exist or cannot be read. */
export class MissingPathError extends RegenError {
  constructor(
    readonly path: string,
    what: string,
    hint?: string,
  ) {
    super(`${what} not found: ${path}`, hint);
    this.name = "MissingPathError";
  }
}

/** A program regen runs is not installed. */
export class MissingToolError extends RegenError {
  constructor(
    readonly program: string,
    readonly debianPackages: readonly string[],
    purpose: string,
  ) {
    super(
      `${program} is not installed (needed ${purpose})`,
      `install it with: apt-get install -y ${debianPackages.join(" ")}`,
      EXIT.missingTool,
    );
    this.name = "MissingToolError";
  }
}

/** The board id is not one of boards/. */
export class UnknownBoardError extends RegenError {
  constructor(
    readonly board: string,
    readonly known: readonly string[],
  ) {
    super(
      `unknown board "${board}"`,
      known.length > 0 ? `known boards: ${known.join(", ")} (see \`regen boards\`)` : "see `regen boards`",
    );
    this.name = "UnknownBoardError";
  }
}

/** The compiler reported diagnostics (already formatted for people). */
export class DiagnosticsError extends RegenError {
  constructor(
    readonly file: string,
    readonly formatted: string,
    readonly errorCount: number,
  ) {
    super(`${file}: ${errorCount} compile error${errorCount === 1 ? "" : "s"}`);
    this.name = "DiagnosticsError";
  }
}

/** The device run ended abnormally. */
export class DeviceError extends RegenError {
  constructor(message: string, hint?: string) {
    super(message, hint, EXIT.device);
    this.name = "DeviceError";
  }
}

/** The message of any thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
