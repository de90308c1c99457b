// @qemu
// Error flows without an uncaught exception: finally blocks running on return/break/continue/throw,
// rethrow and wrap, nested try in loops, errors crossing closures and recursive calls, cleanup counters,
// and a return inside finally overriding a throw.
let cleanups = 0;

function parseAll(items: string[]): number[] {
  const out: number[] = [];
  for (const it of items) {
    try {
      if (it === "stop") break;
      if (it === "skip") continue;
      const v = Number(it);
      if (Number.isNaN(v)) throw new TypeError(`not a number: ${it}`);
      out.push(v);
    } catch (e) {
      out.push(-1);
      if (e instanceof TypeError && it === "fatal") throw new Error("wrapped: " + e.message);
    } finally {
      cleanups++;
    }
  }
  return out;
}

function depth(n: number): number {
  if (n === 0) throw new RangeError("bottom");
  try {
    return depth(n - 1) + 1;
  } finally {
    cleanups++;
  }
}

function overriding(): string {
  try {
    throw new Error("lost");
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return "finally wins";
  }
}

function nested(): string[] {
  const trace: string[] = [];
  try {
    try {
      trace.push("inner try");
      throw new Error("one");
    } catch (e) {
      trace.push("inner catch " + (e instanceof Error ? e.message : ""));
      throw new Error("two");
    } finally {
      trace.push("inner finally");
    }
  } catch (e) {
    trace.push("outer catch " + (e instanceof Error ? e.message : ""));
  } finally {
    trace.push("outer finally");
  }
  return trace;
}

function withCallback(f: (x: number) => number, xs: number[]): string {
  try {
    return xs.map(f).join(",");
  } catch (e) {
    return "callback threw: " + (e instanceof Error ? e.message : String(e));
  }
}

console.log(parseAll(["1", "x", "skip", "2.5", "stop", "3"]), cleanups);
try {
  parseAll(["4", "fatal"]);
} catch (e) {
  console.log(e instanceof Error ? e.message : "?", e instanceof TypeError, cleanups);
}
try {
  depth(5);
} catch (e) {
  console.log("depth", e instanceof RangeError ? e.message : "?", cleanups);
}
console.log(overriding(), nested());
console.log(
  withCallback((x) => x * 2, [1, 2, 3]),
  withCallback(
    (x) => {
      if (x > 1) throw new Error(`too big ${x}`);
      return x;
    },
    [1, 2, 3],
  ),
);
let attempts = 0;
const result = ((): string => {
  for (;;) {
    try {
      attempts++;
      if (attempts < 3) throw new Error("again");
      return `done after ${attempts}`;
    } catch (e) {
      if (attempts > 5) return "gave up";
    }
  }
})();
console.log(result, attempts);
