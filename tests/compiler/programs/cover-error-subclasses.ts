// Error subclasses: a hierarchy two levels deep with extra fields, name set in constructors,
// instanceof along the chain, messages, String(e) and template text of errors, built-in errors thrown by
// the runtime (RangeError from repeat/toFixed/toString), and errors as values in arrays and maps.
class AppError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
    this.name = "AppError";
  }
  describe(): string {
    return `[${this.code}] ${this.name}: ${this.message}`;
  }
}
class IoError extends AppError {
  constructor(
    readonly device: string,
    message: string,
  ) {
    super(`${device}: ${message}`, 5);
    this.name = "IoError";
  }
}
class TimeoutError extends IoError {
  constructor(
    device: string,
    readonly ms: number,
  ) {
    super(device, `no reply in ${ms} ms`);
    this.name = "TimeoutError";
  }
}
class ValidationError extends AppError {
  readonly field: string;
  constructor(field: string) {
    super(`invalid ${field}`, 22);
    this.field = field;
    this.name = "ValidationError";
  }
}

function classify(e: Error): string {
  if (e instanceof TimeoutError) return `timeout(${e.device},${e.ms})`;
  if (e instanceof IoError) return `io(${e.device})`;
  if (e instanceof ValidationError) return `validation(${e.field})`;
  if (e instanceof AppError) return `app(${e.code})`;
  if (e instanceof RangeError) return `range(${e.message})`;
  if (e instanceof TypeError) return `type(${e.message})`;
  return `error(${e.name})`;
}

const makers: (() => void)[] = [
  () => {
    throw new TimeoutError("i2c1", 250);
  },
  () => {
    throw new IoError("spi0", "bus error");
  },
  () => {
    throw new ValidationError("rate");
  },
  () => {
    throw new AppError("generic", 1);
  },
  () => {
    throw new Error("plain");
  },
  () => {
    throw new SyntaxError("bad token");
  },
  () => {
    console.log("x".repeat(-1));
  },
  () => {
    console.log((1).toFixed(101));
  },
  () => {
    console.log((10).toString(1));
  },
  () => {
    throw "a string";
  },
  () => {
    throw 404;
  },
  () => {
    console.log("no throw");
  },
];
const kinds: string[] = [];
for (const m of makers) {
  try {
    m();
    kinds.push("ok");
  } catch (e) {
    kinds.push(e instanceof Error ? classify(e) : `value(${String(e)})`);
  }
}
console.log(kinds);
const t = new TimeoutError("uart", 10);
console.log(
  t.describe(),
  t instanceof IoError,
  t instanceof AppError,
  t instanceof Error,
  t instanceof ValidationError,
);
console.log(String(t), `${new ValidationError("x")}`, t.message, t.name, t.code, new Error().message === "");
console.log(
  new RangeError("r").name,
  new TypeError("t").name,
  new SyntaxError("s").name,
  String(new Error("e")),
);
const log = new Map<string, AppError>();
log.set("a", new IoError("d1", "m1"));
log.set("b", new ValidationError("f1"));
for (const [k, e] of log) console.log(k, e.code, e.describe(), classify(e));
const errs: Error[] = [t, new Error("base"), new RangeError("rr")];
console.log(errs.map((e) => e.name + "/" + e.message).join("; "));
class QuietError extends Error {}
class QuieterError extends QuietError {}
const quiet = new QuieterError("shh");
console.log(
  quiet.message,
  quiet.name,
  String(quiet),
  quiet instanceof QuietError,
  new QuietError().message === "",
);
