// @qemu
// Nested tries, rethrow, catch without a binding, thrown non-Error values and the Error classes.
function classify(e: Error): string {
  if (e instanceof RangeError) return "RangeError(" + e.message + ")";
  if (e instanceof TypeError) return "TypeError(" + e.message + ")";
  return e.name + "(" + e.message + ")";
}

function thrower(kind: number): void {
  if (kind === 0) throw new Error("plain");
  if (kind === 1) throw new TypeError("not a number");
  if (kind === 2) throw new RangeError("out of range");
  if (kind === 3) throw "a string";
  if (kind === 5) throw 42;
  if (kind === 4) throw new Error();
}

for (let kind = 0; kind < 7; kind++) {
  try {
    thrower(kind);
    console.log(kind, "did not throw");
  } catch (e) {
    console.log(kind, (e instanceof Error ? classify(e) : `not an Error: ${e}`));
  }
}

function rethrows(): void {
  try {
    thrower(1);
  } catch (e) {
    console.log("inner sees", (e instanceof Error ? classify(e) : `not an Error: ${e}`));
    throw e;
  } finally {
    console.log("inner finally");
  }
}

try {
  rethrows();
} catch (e) {
  console.log("outer sees", (e instanceof Error ? classify(e) : `not an Error: ${e}`), e instanceof TypeError, e instanceof RangeError, e instanceof Error);
}

try {
  try {
    throw new Error("first");
  } catch {
    console.log("caught without a binding");
    throw new RangeError("second");
  }
} catch (e) {
  console.log("then", (e instanceof Error ? classify(e) : `not an Error: ${e}`));
}

try {
  try {
    thrower(0);
  } finally {
    console.log("finally runs before the outer catch");
  }
} catch (e) {
  console.log("outer catch", (e instanceof Error ? classify(e) : `not an Error: ${e}`));
}

const err = new Error("kept");
console.log(err.message, err.name, err instanceof Error, err instanceof TypeError);
const empty = new TypeError();
console.log(`[${empty.message}]`, empty.name);

let depth = 0;
function recurse(n: number): number {
  depth++;
  if (n === 0) throw new Error("bottom at depth " + depth);
  try {
    return recurse(n - 1);
  } finally {
    depth--;
  }
}
try {
  recurse(5);
} catch (e) {
  console.log((e instanceof Error ? classify(e) : `not an Error: ${e}`), "depth now", depth);
}
