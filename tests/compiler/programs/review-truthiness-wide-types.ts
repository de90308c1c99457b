// @qemu
// Truthiness of values whose static type is an object type that also admits primitives (`{}`, `Object`)
// or a type parameter: 0, -0, NaN, "" and false are falsy there too (review of issue 4, session 3).
interface Opts {
  a?: number;
  label?: string;
}

function wide(v: {}): string {
  return (v ? "T" : "F") + (!v ? "!" : ".");
}

function boxed(v: Object): string {
  return v ? "T" : "F";
}

function generic<T>(v: T): string {
  return v ? "T" : "F";
}

function orDefault(v: {} | null, d: string): string {
  if (v) return "v";
  return d;
}

function scalars(): void {
  let s = "";
  for (const v of [0, -0, NaN, 1, -1, 0.5, Infinity]) s += wide(v) + boxed(v) + generic(v) + ",";
  console.log(s);
  s = "";
  for (const v of ["", "0", " ", "a"]) s += wide(v) + boxed(v) + generic(v) + ",";
  console.log(s);
  console.log(wide(false), wide(true), boxed(false), generic(false), generic(null), generic(undefined));
  console.log(orDefault(null, "n"), orDefault(0, "zero"), orDefault("", "empty"), orDefault(2, "x"));
}

function objects(): void {
  const o: Opts = {};
  const full: Opts = { a: 0, label: "" };
  console.log(wide(o), wide([]), boxed(o), generic(full), o ? "o" : "-", full.a ? "a" : "no-a");
  const list: ({} | null)[] = [0, "", null, [], {}, 3, "x", false];
  console.log(list.map((v) => (v ? 1 : 0)).join(""), list.filter((v) => v).length);
  let n = 0;
  for (const v of list) if (!v) n++;
  console.log(n, list.map((v) => orDefault(v, "d")).join(""));
}

scalars();
objects();
