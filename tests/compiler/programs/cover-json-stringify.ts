// @qemu
// JSON.stringify of plain data: nested objects and arrays, indentation with numbers and strings,
// escaping of quotes, control characters and non-ASCII, non-finite numbers, undefined/function fields
// skipped (null in arrays), Map/Set as {}, class instances by their fields, null, booleans and -0.
interface Config {
  name: string;
  version: number;
  enabled: boolean;
  limits: { min: number; max: number };
  tags: string[];
  owner: string | null;
  note?: string;
}

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}

const cfg: Config = {
  name: 'probe "A"',
  version: 2.5,
  enabled: true,
  limits: { min: -0, max: 1e21 },
  tags: ["x", "y\nz", "tab\there", "é😀"],
  owner: null,
};

console.log(JSON.stringify(cfg));
console.log(JSON.stringify(cfg, null, 2));
console.log(JSON.stringify(cfg.limits, null, "\t"));
console.log(JSON.stringify([1, "two", true, null, NaN, Infinity, -Infinity, 0.1, 5e-7, -1e-7]));
console.log(JSON.stringify({ a: undefined, b: 1, f: (x: number) => x, c: [undefined, (y: number) => y, 3] }));
console.log(JSON.stringify(new Map<string, number>([["k", 1]])), JSON.stringify(new Set<number>([1, 2])));
console.log(
  JSON.stringify([new Point(1, 2), new Point(-0.5, 3e-9)]),
  JSON.stringify(new Point(0, 0), null, 1),
);
console.log(JSON.stringify("\u0000\u0008\u000b\u001f\u007f\u2028\\/"), JSON.stringify("'single' \"double\""));
console.log(
  JSON.stringify(null),
  JSON.stringify(true),
  JSON.stringify(42),
  JSON.stringify("s"),
  JSON.stringify([]),
  JSON.stringify({}),
);
console.log(JSON.stringify([[1, [2, [3, [4]]]], { a: { b: { c: {} } } }], null, 3));
console.log(JSON.stringify({ list: [1, 2], empty: [], obj: {} }, null, 20));
console.log(
  JSON.stringify({ k: 1 }, null, "abcdefghijklmnop"),
  JSON.stringify([1], null, ""),
  JSON.stringify([1], null, 0),
);
const withNote: Config = {
  name: "n",
  version: 1,
  enabled: false,
  limits: { min: 0, max: 1 },
  tags: [],
  owner: "me",
  note: "x",
};
console.log(JSON.stringify(withNote).length);
