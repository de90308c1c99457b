// Typed errors of the firmware build library, each carrying what a person needs to fix the problem.
//
// The CLI prints these as one short screen (file, field, message, hint) and exits non-zero; it never
// shows a stack trace for them. Anything else thrown from this folder is a bug in regen itself.

/** Base class: a user-facing build problem. */
export class BuildError extends Error {
  /** The file the problem is in, when there is one. */
  readonly file: string | undefined;
  /** The JSON path of the offending field (e.g. `restart.maxRestarts`), when there is one. */
  readonly field: string | undefined;
  /** What to do about it. */
  readonly hint: string;

  constructor(message: string, options: { file?: string; field?: string; hint: string }) {
    super(message);
    this.name = new.target.name;
    this.file = options.file;
    this.field = options.field;
    this.hint = options.hint;
  }

  /** One screen for people: where, what, and what to do. */
  format(): string {
    const where = [this.file, this.field === undefined ? undefined : `field "${this.field}"`]
      .filter((part) => part !== undefined)
      .join(", ");
    return `${where === "" ? "" : `${where}: `}${this.message}\n  hint: ${this.hint}`;
  }
}

/** A board.json that is missing, not JSON, or does not match boards/board.schema.json. */
export class BoardError extends BuildError {}

/** An app.json that is not JSON or does not match tools/src/build/app.schema.json. */
export class ManifestError extends BuildError {}

/** The C toolchain for a board is not installed. */
export class ToolchainError extends BuildError {
  /** The program that was not found, e.g. `arm-none-eabi-gcc`. */
  readonly program: string;

  constructor(program: string, aptPackage: string) {
    super(`the C toolchain program "${program}" is not installed`, {
      hint: `install it with: sudo apt-get install -y ${aptPackage}`,
    });
    this.program = program;
  }
}

/** gcc or the linker rejected the firmware sources. */
export class CompileError extends BuildError {
  /** The compiler's own output (stderr), unchanged. */
  readonly output: string;

  constructor(file: string, output: string, hint: string) {
    super(`compiling or linking failed:\n${output.trimEnd()}`, { file, hint });
    this.output = output;
  }
}
