// @qemu
// Error subclasses with extra fields, instanceof dispatch in catch, name and message, rethrow
class AppError extends Error {
  constructor(
    message: string,
    public code: number,
  ) {
    super(message);
    this.name = "AppError";
  }
}
class NotFound extends AppError {
  constructor(what: string) {
    super(`${what} not found`, 404);
    this.name = "NotFound";
  }
}
function lookup(key: string): number {
  if (key === "") throw new TypeError("empty key");
  if (key.length > 5) throw new RangeError("key too long");
  if (key !== "ok") throw new NotFound(key);
  return 1;
}
for (const k of ["ok", "", "toolongkey", "nope"]) {
  try {
    console.log("got", lookup(k));
  } catch (e) {
    if (e instanceof NotFound)
      console.log("NF", e.code, e.message, e.name, e instanceof AppError, e instanceof Error);
    else if (e instanceof RangeError) console.log("RE", e.message, e.name);
    else if (e instanceof Error) console.log("E", e.name, e.message, e instanceof TypeError);
  }
}
function wrap(): void {
  try {
    lookup("x");
  } catch (e) {
    if (e instanceof AppError) throw new Error(`wrapped: ${e.message}`);
  }
}
try {
  wrap();
} catch (e) {
  console.log(e instanceof Error ? e.message : "?");
}
const plain = new Error();
console.log(plain.message === "", plain.name, new SyntaxError("bad").name);
