// collections-gen.ts: seeded random scripts for the collections harness (values and operation sequences).
//
// Every generator writes the script language of tests/runtime/collections-harness.c. Values come from
// pools chosen to hit the edges: -0, NaN, infinities, integers near typed-array wrap points, strings with
// quotes of every kind, control characters, lone and paired surrogates and newlines, nested arrays,
// objects of named and anonymous shapes, Map, Set and typed arrays. The generators stay inside what the
// compiled subset can express (no holes in arrays, no integer-like property names; see
// /work/briefs/collections-subset.md), so any difference from Node is a runtime bug.

/** mulberry32: small, seeded, so a failing case reproduces from its seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Gen {
  readonly random: () => number;
  constructor(seed: number) {
    this.random = rng(seed);
  }
  int(n: number): number {
    return Math.floor(this.random() * n);
  }
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
  chance(p: number): boolean {
    return this.random() < p;
  }
}

const view = new DataView(new ArrayBuffer(8));

export function numberToken(v: number): string {
  view.setFloat64(0, v);
  return `n${view.getBigUint64(0).toString(16).padStart(16, "0")}`;
}

export function unitsHex(s: string): string {
  let hex = "";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0");
  return hex;
}

export function stringToken(s: string): string {
  return `s${unitsHex(s)}`;
}

const specialNumbers = [
  0,
  -0,
  1,
  -1,
  1.5,
  -2.5,
  0.5,
  NaN,
  Infinity,
  -Infinity,
  1e21,
  1e-7,
  123456789,
  0.1,
  255,
  256,
  257,
  -129,
  127,
  128,
  65535,
  65536,
  -32769,
  2 ** 31,
  2 ** 32 + 5,
  -(2 ** 31) - 1,
  3.4028235677973366e38,
  1e300,
  5e-324,
  254.5,
  253.5,
  0.49999999999999994,
  100,
  42,
  7,
  3,
];

export function randomNumber(g: Gen): number {
  switch (g.int(4)) {
    case 0:
      return g.pick(specialNumbers);
    case 1:
      return g.int(21) - 10;
    case 2:
      return Math.round((g.random() - 0.5) * 2000) / 8;
    default:
      return (g.random() - 0.5) * 10 ** (g.int(40) - 20);
  }
}

const stringPieces = [
  "a",
  "b",
  "xy",
  "'",
  '"',
  "`",
  "${",
  "\\",
  "\n",
  "\t",
  "\r",
  "\b",
  "\f",
  "\x01",
  "\x1b",
  "\x7f",
  "\x85",
  "\x9f",
  "\xa0",
  "é",
  "€",
  "😀",
  "\ud800",
  "\udc00",
  " ",
  "-",
  "0",
  "Z",
  "_",
  "$",
  "ab cd",
  "long string piece ",
];

export function randomString(g: Gen, maxPieces = 4): string {
  let s = "";
  const n = g.int(maxPieces + 1);
  for (let i = 0; i < n; i++) s += g.pick(stringPieces);
  return s;
}

/** Property names that the compiled subset keeps in declaration order (no integer-like names). */
const keyNames = [
  "x",
  "y",
  "name",
  "value",
  "_id",
  "a-b",
  "it's",
  "$k",
  "é",
  "with space",
  "Z9",
  "",
  'q"k',
  "len",
];

export interface ShapeDef {
  name: string;
  keys: number[];
}

/** Declares property names and shapes; returns the script lines and the shapes. */
export function shapePrelude(g: Gen, count: number): { lines: string[]; shapes: ShapeDef[] } {
  const lines = keyNames.map((k) => `K ${unitsHex(k)}`);
  const shapes: ShapeDef[] = [];
  const classNames = ["Object", "Object", "Point", "Node", "Box"];
  for (let i = 0; i < count; i++) {
    const n = g.int(5);
    const keys: number[] = [];
    while (keys.length < n) {
      const k = g.int(keyNames.length);
      if (!keys.includes(k)) keys.push(k);
    }
    const name = classNames[i % classNames.length] ?? "Object";
    shapes.push({ name, keys });
    lines.push(`S ${name} ${n} ${keys.join(" ")}`.trimEnd());
  }
  return { lines, shapes };
}

export function primitiveToken(g: Gen): string {
  switch (g.int(7)) {
    case 0:
    case 1:
    case 2:
      return numberToken(randomNumber(g));
    case 3:
    case 4:
      return stringToken(randomString(g));
    case 5:
      return g.pick(["u", "z", "t", "f"]);
    default:
      return numberToken(g.int(10));
  }
}

/** A random nested value (depth-limited); `functions` allows function values (not for ToString tests:
 * compiled functions have no source text). */
export function valueToken(g: Gen, shapes: ShapeDef[], depth: number, functions = true): string {
  if (depth <= 0 || g.chance(0.45)) return primitiveToken(g);
  switch (g.int(8)) {
    case 0:
    case 1: {
      const n = g.chance(0.15) ? 6 + g.int(30) : g.int(6);
      const items = Array.from({ length: n }, () =>
        g.chance(0.6) ? numberToken(g.int(2000) - 100) : valueToken(g, shapes, depth - 1, functions),
      );
      return `a${n} ${items.join(" ")}`.trimEnd();
    }
    case 2:
    case 3: {
      if (shapes.length === 0) return `a1 ${valueToken(g, shapes, depth - 1, functions)}`;
      const s = g.int(shapes.length);
      const shape = shapes[s];
      const slots = (shape?.keys ?? []).map(() => valueToken(g, shapes, depth - 1, functions));
      return `o${s} ${slots.join(" ")}`.trimEnd();
    }
    case 4: {
      const n = g.int(4);
      const parts: string[] = [];
      for (let i = 0; i < n; i++) parts.push(primitiveToken(g), valueToken(g, shapes, depth - 1, functions));
      return `m${n} ${parts.join(" ")}`.trimEnd();
    }
    case 5: {
      const n = g.int(4);
      return `e${n} ${Array.from({ length: n }, () => valueToken(g, shapes, depth - 1, functions)).join(" ")}`.trimEnd();
    }
    case 6: {
      const n = g.chance(0.2) ? 7 + g.int(20) : g.int(5);
      const items = Array.from({ length: n }, () => numberToken(randomNumber(g)));
      return `y${g.int(9)}.${n} ${items.join(" ")}`.trimEnd();
    }
    default:
      return functions && g.chance(0.5) ? "c0" : stringToken(randomString(g, 12));
  }
}
