// @qemu
// console.log with spread arguments: each item is printed as its own argument (strings unquoted at the
// top level, everything else inspected), whatever the element type and wherever the spread stands.

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

let calls = 0;
function tick(label: string): string {
  calls++;
  return `${label}${calls}`;
}
function picks(n: number): number[] {
  calls += 10;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i * i);
  return out;
}

function primitives(): void {
  const nums = [1, -0, 2.5, NaN, -Infinity, 1e21];
  console.log(...nums);
  console.log("nums:", ...nums, "end");
  const empty: number[] = [];
  console.log("a", ...empty, "b");
  console.log(...empty);
  console.log(...empty, ...empty, 7);
  const flags = [true, false];
  console.log(...flags, !flags[0]);
  const words = ["it's", 'say "hi"', "", "tab\there"];
  console.log(...words);
  console.log("[", ...words, "]", words);
  const maybe: (number | undefined | null)[] = [1, undefined, null, 4];
  console.log(...maybe);
  const mixed: (string | number | boolean)[] = ["x", 1, true, "2"];
  console.log(`count=${mixed.length}`, ...mixed);
}

function structured(): void {
  const grid = [
    [1, 2],
    [3, 4],
  ];
  console.log(...grid);
  console.log(...[["a", "b"], [], [[1]]]);
  const pts = [new Point(1, 2), new Point(-3, 0.5)];
  console.log("pts", ...pts);
  const none: string[] = [];
  const objs = [
    { name: "n", tags: ["t1", "t2"] },
    { name: "m", tags: none },
  ];
  console.log(...objs);
}

function iterables(): void {
  console.log(..."abc");
  console.log(..."héllo wörld");
  console.log(...new Set([3, 1, 3, 2, 1]));
  const m = new Map<string, number>([
    ["one", 1],
    ["two", 2],
  ]);
  console.log(...m);
  console.log(...m.keys(), "|", ...m.values());
  const bytes = new Uint8Array([250, 0, 7]);
  console.log("bytes", ...bytes);
}

function order(): void {
  calls = 0;
  console.log(tick("a"), ...picks(3), tick("b"), calls);
  const xs = [5, 6];
  console.log(...xs, xs.push(7), ...xs);
  const lines = ["first", "second"];
  lines.forEach((l, i) => console.log(i, ...l.split(""), ...[l.length]));
}

async function later(): Promise<number[]> {
  await Promise.resolve(0);
  return [8, 9];
}

async function asyncSpread(): Promise<void> {
  const head = ["async"];
  console.log(...head, ...(await later()), ...head);
}

primitives();
structured();
iterables();
order();
asyncSpread().then(
  () => console.log("done", calls),
  () => console.log("failed"),
);
