// Random promise programs, written twice: as operations for tests/memory/c/promise-harness.c (the C runtime)
// and as JavaScript for Node (the oracle).
//
// A program creates promises (new Promise with kept resolvers, Promise.resolve/reject), settles them,
// chains then/catch/finally with handlers that log, return values, throw, return other promises (adoption)
// or settle other promises, combines them with Promise.all and queues microtasks. Everything happens in one
// synchronous run followed by the microtask queue draining, so the log order is exactly the order of the
// ECMAScript jobs; the first unhandled rejection left at the end is logged too.

/** A deterministic generator (xorshift32), so a failing seed can be replayed. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = (seed * 2654435761) >>> 0 || 1;
  }
  next(): number {
    let x = this.state;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.state = x >>> 0;
    return this.state;
  }
  below(n: number): number {
    return this.next() % n;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.below(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
}

type Action = "ret" | "throw" | "retp" | "res" | "rej";

interface Handler {
  action: Action;
  tag: number;
  arg: number;
}

/** One program in both languages. */
export interface PromiseProgram {
  ops: string[];
  js: string;
}

const slots = 12;

function handlerText(h: Handler | undefined): string {
  return h === undefined ? "-" : `${h.action} ${h.tag} ${h.arg}`;
}

function handlerJs(h: Handler | undefined, inFinally: boolean): string {
  return h === undefined ? "undefined" : `H(${JSON.stringify(h.action)}, ${h.tag}, ${h.arg}, ${inFinally})`;
}

/** Generates a program of 3 to 14 operations. */
export function generateProgram(random: Random): PromiseProgram {
  const ops: string[] = [];
  const js: string[] = [];
  const defined: number[] = [];
  const withResolvers: number[] = [];
  let tag = 0;
  const define = (slot: number): void => {
    if (!defined.includes(slot)) defined.push(slot);
  };
  const anySlot = (): number => random.below(slots);
  const handler = (): Handler | undefined => {
    if (random.below(5) === 0) return undefined;
    const action = random.pick<Action>(["ret", "ret", "throw", "retp", "res", "rej"]);
    const arg =
      action === "retp"
        ? defined.length > 0
          ? random.pick(defined)
          : anySlot()
        : action === "res" || action === "rej"
          ? withResolvers.length > 0
            ? random.pick(withResolvers)
            : anySlot()
          : random.below(100);
    return { action, tag: ++tag, arg };
  };
  const count = 3 + random.below(12);
  for (let n = 0; n < count; n++) {
    const kind = random.below(defined.length === 0 ? 3 : 12);
    const target = anySlot();
    if (kind === 0) {
      ops.push(`N ${target}`);
      js.push(`P[${target}] = new Promise((res, rej) => { R[${target}] = [res, rej]; });`);
      define(target);
      if (!withResolvers.includes(target)) withResolvers.push(target);
    } else if (kind === 1) {
      const v = random.below(100);
      ops.push(`V ${target} ${v}`);
      js.push(`P[${target}] = Promise.resolve(${v});`);
      define(target);
    } else if (kind === 2) {
      const v = random.below(100);
      ops.push(`J ${target} ${v}`);
      js.push(`P[${target}] = Promise.reject(${v});`);
      define(target);
    } else if (kind <= 4 && withResolvers.length > 0) {
      const slot = random.pick(withResolvers);
      const v = random.below(100);
      const resolve = kind === 3;
      ops.push(`${resolve ? "S" : "F"} ${slot} ${v}`);
      js.push(`R[${slot}][${resolve ? 0 : 1}](${v});`);
    } else if (kind === 5 && withResolvers.length > 0) {
      const slot = random.pick(withResolvers);
      const other = random.pick(defined);
      ops.push(`SP ${slot} ${other}`);
      js.push(`R[${slot}][0](P[${other}]);`);
    } else if (kind <= 8) {
      const from = random.pick(defined);
      const h1 = handler();
      const h2 = handler();
      ops.push(`T ${from} ${target} ${handlerText(h1)} ${handlerText(h2)}`);
      js.push(`P[${target}] = P[${from}].then(${handlerJs(h1, false)}, ${handlerJs(h2, false)});`);
      define(target);
    } else if (kind === 9) {
      const from = random.pick(defined);
      const h = handler();
      ops.push(`C ${from} ${target} ${handlerText(h)}`);
      js.push(`P[${target}] = P[${from}].catch(${handlerJs(h, false)});`);
      define(target);
    } else if (kind === 10 && random.below(2) === 0) {
      // await in an async function: both handlers present and never throwing (an await continuation
      // handles its own exceptions)
      const from = anySlot();
      const safe = (): Handler => {
        let h = handler();
        while (h === undefined || h.action === "throw") h = handler();
        return h;
      };
      const h1 = safe();
      const h2 = safe();
      ops.push(`W ${from} ${handlerText(h1)} ${handlerText(h2)}`);
      js.push(
        `(async () => { let x; let ok; try { x = await P[${from}]; ok = true; } catch (e) { x = e; ok = false; } ` +
          `(ok ? ${handlerJs(h1, false)} : ${handlerJs(h2, false)})(x); })();`,
      );
    } else if (kind === 10) {
      const from = random.pick(defined);
      const h = handler();
      ops.push(`Y ${from} ${target} ${handlerText(h)}`);
      js.push(`P[${target}] = P[${from}].finally(${handlerJs(h, true)});`);
      define(target);
    } else {
      const n = random.below(4);
      const items = Array.from({ length: n }, () =>
        random.below(3) === 0 ? `#${random.below(100)}` : `p${random.pick(defined)}`,
      );
      const allTag = ++tag;
      ops.push(`A ${target} ${allTag} ${n} ${items.join(" ")}`.trimEnd());
      const jsItems = items.map((x) => (x.startsWith("#") ? x.slice(1) : `P[${x.slice(1)}]`));
      js.push(
        `P[${target}] = Promise.all([${jsItems.join(", ")}]).then((vs) => ` +
          `console.log("all${allTag}:" + vs.map(fmt).join(",")));`,
      );
      define(target);
    }
    if (random.below(6) === 0) {
      const t = ++tag;
      ops.push(random.below(2) === 0 ? `Q ${t}` : `L ${t}`);
      js.push(
        ops.at(-1)?.startsWith("Q") === true
          ? `queueMicrotask(() => console.log("q${t}"));`
          : `console.log("l${t}");`,
      );
    }
  }
  return { ops, js: js.join("\n") };
}

/** The Node program running `programs` one after the other, each followed by a drained queue. */
export function nodeScript(programs: PromiseProgram[]): string {
  const bodies = programs.map((p) => `(P, R) => {\n${p.js}\n}`);
  return `
const fmt = (x) => (typeof x === "number" ? String(x) : x === undefined ? "undefined" : "[object]");
const num = (x) => (typeof x === "number" ? x : 0);
let P = [];
let R = [];
const H = (action, tag, arg, inFinally) => (x) => {
  console.log(inFinally ? "h" + tag + ":f" : "h" + tag + ":" + fmt(x));
  const k = arg % 32;
  switch (action) {
    case "throw": throw arg;
    case "retp": return P[k];
    case "res": if (R[k] !== undefined) R[k][0](num(x) + 100); return undefined;
    case "rej": if (R[k] !== undefined) R[k][1](num(x) + 200); return undefined;
    default: return arg;
  }
};
let reported = false;
process.on("unhandledRejection", (reason) => {
  if (!reported) console.log("unhandled " + String(reason));
  reported = true;
});
const programs = [${bodies.join(",\n")}];
(async () => {
  for (let n = 0; n < programs.length; n++) {
    console.log("=== " + n);
    reported = false;
    P = [];
    R = [];
    programs[n](P, R);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
})();
`;
}
