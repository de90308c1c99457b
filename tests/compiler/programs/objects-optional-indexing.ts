// @qemu
// Optional indexing: a?.[i] on optional arrays, strings, nested arrays, Map results and typed arrays; the index is
// evaluated only when the receiver is there, and the whole chain is undefined when it is not.
interface Reading {
  samples?: number[];
  tags?: string[];
  name?: string;
}
const rs: Reading[] = [{ samples: [3, 4], tags: ["a"], name: "x" }, {}];
let evaluated = 0;
function idx(i: number): number {
  evaluated++;
  return i;
}
for (const r of rs) {
  console.log(r.samples?.[0], r.samples?.[idx(1)], r.tags?.[0]?.toUpperCase(), r.name?.[0]);
  console.log((r.samples?.[0] ?? -1) + 1, r.samples?.[5]);
}
console.log("index evaluated", evaluated);
const grid: number[][] | undefined = [[1, 2], [3]];
console.log(grid?.[1]?.[0], grid?.[2]?.[0]);
const m = new Map<string, number[]>([["k", [9]]]);
console.log(m.get("k")?.[0], m.get("z")?.[0]);
const u8: Uint8Array | undefined = Math.random() < 2 ? new Uint8Array([7, 8]) : undefined;
console.log(u8?.[1]);
