// collections-oracle.ts: runs a collections-harness script with Node's own arrays, Map, Set, typed
// arrays, JSON.stringify and util.inspect, giving the output the C runtime must match byte for byte.
//
// The script language is the one tests/runtime/collections-harness.c reads (see its header). Both sides
// parse the same text, so every generated case is built identically in C and in JavaScript. Where the
// compiled subset treats an omitted argument and an explicit undefined alike (lastIndexOf's fromIndex,
// reduce's initial value, splice's deleteCount), the oracle omits the argument, as compiled code means.
import { inspect } from "node:util";

type Value = unknown;
type Callback = (...args: Value[]) => Value;

interface Shape {
  name: string;
  keys: string[];
  make: () => Record<string, Value>;
}

const typedConstructors = [
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
] as const;

/** What console.log prints for one argument: strings raw, everything else through util.inspect. */
export function show(v: Value): string {
  return typeof v === "string" ? v : inspect(v);
}

function num(v: Value): number {
  return typeof v === "number" ? v : 0;
}

/** The harness's comparator order: NaN counts as +Infinity, so the order is consistent. */
function order(a: Value, b: Value): number {
  const x = Number.isNaN(num(a)) ? Infinity : num(a);
  const y = Number.isNaN(num(b)) ? Infinity : num(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function sameValueZero(a: Value, b: Value): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

function fromUnits(hex: string): string {
  let s = "";
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
}

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

/** Runs a script; returns one output block per line (the text before each "@@"). */
export function runOracle(script: string[]): string[] {
  const keys: string[] = [];
  const shapes: Shape[] = [];
  const regs: Value[] = new Array<Value>(16).fill(undefined);
  const out: string[] = [];
  let lines: string[] = [];
  const print = (s: string): void => {
    lines.push(s);
  };
  const callbacks: Callback[] = [
    (a, b) => order(a, b),
    (a, b) => order(b, a),
    (x) => num(x) * 2,
    (_x, i) => (num(i) & 1) === 0,
    (x) => typeof x === "number" && x > 0,
    (acc, x) => num(acc) + num(x),
    (x, i) => {
      print(`each ${show(x)} ${show(i)}`);
      return undefined;
    },
    (a, b) => (a as string).length - (b as string).length,
    (_x, i, arr) => {
      if (i === 0) (arr as Value[]).push(99);
      return true;
    },
    (_x, _i, arr) => {
      (arr as Value[]).pop();
      return false;
    },
    (x) => [x, x],
  ];

  for (const text of script) {
    const tokens = text.trim().split(/ +/);
    let at = 0;
    const token = (): string => {
      const t = tokens[at++];
      if (t === undefined) throw new Error(`missing token in ${text}`);
      return t;
    };
    const value = (): Value => {
      const t = token();
      const rest = t.slice(1);
      switch (t[0]) {
        case "n":
          return fromBits(rest);
        case "s":
          return fromUnits(rest);
        case "u":
          return undefined;
        case "z":
          return null;
        case "t":
          return true;
        case "f":
          return false;
        case "r":
          return regs[Number(rest) % 16];
        case "c":
          return callbacks[Number(rest) % callbacks.length];
        case "a":
          return Array.from({ length: Number(rest) }, () => value());
        case "o": {
          const shape = shapes[Number(rest)];
          if (shape === undefined) throw new Error(`no shape ${rest}`);
          const o = shape.make();
          for (const key of shape.keys) o[key] = value();
          return o;
        }
        case "m": {
          const m = new Map<Value, Value>();
          for (let i = 0; i < Number(rest); i++) {
            const k = value();
            m.set(k, value());
          }
          return m;
        }
        case "e": {
          const s = new Set<Value>();
          for (let i = 0; i < Number(rest); i++) s.add(value());
          return s;
        }
        case "p": {
          if (rest === "0") return new Promise<Value>(() => undefined);
          const settled = value();
          if (rest === "1") return Promise.resolve(settled);
          const rejected = Promise.reject(settled as Error);
          rejected.catch(() => undefined); // handled: no unhandled-rejection warning
          return rejected;
        }
        case "y": {
          const [kind, count] = rest.split(".").map(Number);
          const items = Array.from({ length: count ?? 0 }, () => value());
          const ctor = typedConstructors[kind ?? 0] ?? Float64Array;
          return new ctor(items as number[]);
        }
        default:
          throw new Error(`bad value token ${t}`);
      }
    };
    const rest = (): Value[] => Array.from({ length: Number(token()) }, () => value());
    const reg = (): number => Number(token()) % 16;
    lines = [];
    try {
      const cmd = token();
      switch (cmd) {
        case "K":
          keys.push(fromUnits(tokens[1] ?? ""));
          break;
        case "S": {
          const name = token();
          const count = Number(token());
          const ids = Array.from({ length: count }, () => Number(token()));
          const klass = { [name]: class {} }[name] as new () => Record<string, Value>;
          shapes.push({
            name,
            keys: ids.map((id) => keys[id] ?? "?"),
            make: name === "Object" ? () => ({}) : () => new klass(),
          });
          break;
        }
        case "R": {
          const r = reg();
          regs[r] = value();
          break;
        }
        case "I":
          print(show(value()));
          break;
        case "J": {
          const v = value();
          const space = value();
          print(JSON.stringify(v, undefined, space as string | number | undefined) ?? "undefined");
          break;
        }
        case "E": {
          const a = value();
          const b = value();
          print(`${Number(a === b)} ${Number(sameValueZero(a, b))} ${Number(Boolean(a))}`);
          break;
        }
        case "A": {
          const op = token();
          const r = reg();
          runArray(op, regs[r] as Value[], value, rest, print);
          print(show(regs[r]));
          break;
        }
        case "M": {
          const op = token();
          const r = reg();
          if (op === "newMap") {
            const init = value();
            regs[r] = new Map(init as [Value, Value][] | undefined);
          } else if (op === "newSet") {
            const init = value();
            regs[r] = new Set(init as Value[] | undefined);
          } else {
            runMap(op, regs[r] as Map<Value, Value> | Set<Value>, value, print);
          }
          print(show(regs[r]));
          break;
        }
        case "T": {
          const op = token();
          const r = reg();
          if (op === "new") {
            const ctor = typedConstructors[Number(token())] ?? Float64Array;
            const init = value();
            regs[r] = new ctor(init as number);
          } else {
            const result = runTyped(op, regs[r] as Uint8Array, value, print);
            if (result !== undefined) regs[15] = result;
          }
          print(show(regs[r]));
          break;
        }
        case "C":
          print(Number(token()) >= 8 ? "8 8 8" : `${tokens[1]} ${tokens[1]} ${tokens[1]}`);
          break;
        case "G":
          print("heap ok");
          break;
        default:
          throw new Error(`bad command ${cmd}`);
      }
    } catch (error) {
      if (!(error instanceof Error) || error.name === "Error") throw error;
      print(`${error.name}: ${error.message.split("\n")[0] ?? ""}`);
    }
    // stdout is UTF-8: a lone surrogate reaches the terminal as U+FFFD, as the C runtime writes it.
    out.push(Buffer.from(lines.map((l) => `${l}\n`).join(""), "utf8").toString("utf8"));
  }
  return out;
}

/** Node 20 has findLast/findLastIndex; the project's TypeScript lib (ES2022) does not declare them. */
interface ES2023Array {
  findLast(predicate: Callback): Value;
  findLastIndex(predicate: Callback): number;
}

function runArray(
  op: string,
  arr: Value[],
  value: () => Value,
  rest: () => Value[],
  print: (s: string) => void,
): void {
  const fn = (): Callback => value() as Callback;
  switch (op) {
    case "push":
      print(show(arr.push(...rest())));
      return;
    case "pop":
      print(show(arr.pop()));
      return;
    case "shift":
      print(show(arr.shift()));
      return;
    case "unshift":
      print(show(arr.unshift(...rest())));
      return;
    case "slice": {
      const a = value() as number | undefined;
      const b = value() as number | undefined;
      print(show(arr.slice(a, b)));
      return;
    }
    case "splice": {
      const start = num(value());
      const count = value() as number | undefined;
      const items = rest();
      print(show(count === undefined ? arr.splice(start) : arr.splice(start, count, ...items)));
      return;
    }
    case "concat":
      print(show(arr.concat(...(rest() as Value[][]))));
      return;
    case "indexOf": {
      const x = value();
      print(show(arr.indexOf(x, value() as number | undefined)));
      return;
    }
    case "lastIndexOf": {
      const x = value();
      const from = value() as number | undefined;
      print(show(from === undefined ? arr.lastIndexOf(x) : arr.lastIndexOf(x, from)));
      return;
    }
    case "includes": {
      const x = value();
      print(show(arr.includes(x, value() as number | undefined)));
      return;
    }
    case "join":
      print(show(arr.join(value() as string | undefined)));
      return;
    case "toString":
      print(show(arr.toString()));
      return;
    case "keys":
      print(show([...arr.keys()]));
      return;
    case "values":
      print(show([...arr.values()]));
      return;
    case "entries":
      print(show([...arr.entries()]));
      return;
    case "from": {
      const source = value() as Iterable<Value> | ArrayLike<Value>;
      const f = value() as ((v: Value, i: number) => Value) | undefined;
      print(show(f === undefined ? Array.from(source) : Array.from(source, f)));
      return;
    }
    case "reverse":
      arr.reverse();
      print("-");
      return;
    case "sort":
      arr.sort(value() as ((a: Value, b: Value) => number) | undefined);
      print("-");
      return;
    case "fill": {
      const v = value();
      const s = value() as number | undefined;
      arr.fill(v, s, value() as number | undefined);
      print("-");
      return;
    }
    case "at":
      print(show(arr.at(num(value()))));
      return;
    case "flat":
      print(show(arr.flat()));
      return;
    case "get":
      print(show(arr[num(value())]));
      return;
    case "setIndex": {
      const i = num(value());
      arr[i] = value();
      print("-");
      return;
    }
    case "setLength":
      arr.length = num(value());
      print("-");
      return;
    case "length":
      print(show(arr.length));
      return;
    case "isArray":
      print(show(Array.isArray(arr)));
      return;
    case "map":
      print(show(arr.map(fn())));
      return;
    case "filter":
      print(show(arr.filter(fn())));
      return;
    case "flatMap":
      print(show(arr.flatMap(fn())));
      return;
    case "of":
      print(show(Array.of(...rest())));
      return;
    case "forEach":
      arr.forEach(fn());
      print("-");
      return;
    case "find":
      print(show(arr.find(fn())));
      return;
    case "findIndex":
      print(show(arr.findIndex(fn())));
      return;
    case "findLast":
      print(show((arr as unknown as ES2023Array).findLast(fn())));
      return;
    case "findLastIndex":
      print(show((arr as unknown as ES2023Array).findLastIndex(fn())));
      return;
    case "some":
      print(show(arr.some(fn())));
      return;
    case "every":
      print(show(arr.every(fn())));
      return;
    case "reduce":
    case "reduceRight": {
      const f = fn() as (acc: Value, x: Value) => Value;
      const init = value();
      if (op === "reduce") print(show(init === undefined ? arr.reduce(f) : arr.reduce(f, init)));
      else print(show(init === undefined ? arr.reduceRight(f) : arr.reduceRight(f, init)));
      return;
    }
    default:
      throw new Error(`bad array op ${op}`);
  }
}

function runMap(
  op: string,
  m: Map<Value, Value> | Set<Value>,
  value: () => Value,
  print: (s: string) => void,
): void {
  const isSet = m instanceof Set;
  switch (op) {
    case "set": {
      const k = value();
      const v = value();
      if (m instanceof Set) m.add(k);
      else m.set(k, v);
      print("-");
      return;
    }
    case "get":
      print(show((m as Map<Value, Value>).get(value())));
      return;
    case "has":
      print(show(m.has(value())));
      return;
    case "delete":
      print(show(m.delete(value())));
      return;
    case "clear":
      m.clear();
      print("-");
      return;
    case "size":
      print(show(m.size));
      return;
    case "forEach":
      (m as Map<Value, Value>).forEach(value() as (v: Value, k: Value) => void);
      print("-");
      return;
    case "keys":
      print(show([...m.keys()]));
      return;
    case "values":
      print(show([...m.values()]));
      return;
    case "entries":
      print(show([...m.entries()]));
      return;
    case "iterMutate": {
      let step = 0;
      for (const entry of m.entries()) {
        const [k, v] = entry as [Value, Value];
        print(`${show(k)} ${show(v)}`);
        if (step === 0) {
          const order = [...m.keys()];
          const next = order.findIndex((x) => sameValueZero(x, k)) + 1;
          if (next > 0 && next < order.length) m.delete(order[next]);
        }
        if (step < 3) {
          if (m instanceof Set) m.add(1000 + step);
          else m.set(1000 + step, step);
        }
        if (step === 4) m.clear();
        step++;
      }
      print("-");
      return;
    }
    default:
      throw new Error(`bad map op ${op} (set: ${isSet})`);
  }
}

function runTyped(op: string, t: Uint8Array, value: () => Value, print: (s: string) => void): Value {
  switch (op) {
    case "get":
      print(show(t[num(value())]));
      return undefined;
    case "setIndex": {
      const i = num(value());
      t[i] = num(value());
      print("-");
      return undefined;
    }
    case "fill": {
      const v = num(value());
      const s = value() as number | undefined;
      t.fill(v, s, value() as number | undefined);
      print("-");
      return undefined;
    }
    case "subarray": {
      const s = value() as number | undefined;
      const sub = t.subarray(s, value() as number | undefined);
      print(show(sub));
      return sub;
    }
    case "slice": {
      const s = value() as number | undefined;
      print(show(t.slice(s, value() as number | undefined)));
      return undefined;
    }
    case "set": {
      const src = value() as ArrayLike<number>;
      t.set(src, value() as number | undefined);
      print("-");
      return undefined;
    }
    case "indexOf": {
      const x = num(value());
      print(show(t.indexOf(x, value() as number | undefined)));
      return undefined;
    }
    case "includes": {
      const x = num(value());
      print(show(t.includes(x, value() as number | undefined)));
      return undefined;
    }
    case "join":
      print(show(t.join(value() as string | undefined)));
      return undefined;
    case "reverse":
      t.reverse();
      print("-");
      return undefined;
    case "length":
      print(show(t.length));
      return undefined;
    case "at":
      print(show(t.at(num(value()))));
      return undefined;
    case "lastIndexOf": {
      const x = num(value());
      const from = value() as number | undefined;
      print(show(from === undefined ? t.lastIndexOf(x) : t.lastIndexOf(x, from)));
      return undefined;
    }
    case "sort":
      t.sort(value() as ((a: number, b: number) => number) | undefined);
      print("-");
      return undefined;
    case "forEach":
      t.forEach(value() as (v: number, i: number) => void);
      print("-");
      return undefined;
    case "map":
      print(show(t.map(value() as (v: number, i: number) => number)));
      return undefined;
    case "filter":
      print(show(t.filter(value() as (v: number, i: number) => boolean)));
      return undefined;
    case "reduce": {
      const f = value() as (acc: number, x: number) => number;
      const init = value() as number | undefined;
      print(show(init === undefined ? t.reduce(f) : t.reduce(f, init)));
      return undefined;
    }
    case "some":
      print(show(t.some(value() as (v: number) => boolean)));
      return undefined;
    case "every":
      print(show(t.every(value() as (v: number) => boolean)));
      return undefined;
    case "find":
      print(show(t.find(value() as (v: number) => boolean)));
      return undefined;
    case "findIndex":
      print(show(t.findIndex(value() as (v: number) => boolean)));
      return undefined;
    default:
      throw new Error(`bad typed op ${op}`);
  }
}
