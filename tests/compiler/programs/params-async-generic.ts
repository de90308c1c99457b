// Optional and rest parameters reached through interfaces and generics, and spread and destructuring
// inside async functions (values that live across an await: array being built, defaults that await).
import { sleep } from "regen";

interface Shape {
  area(scale?: number): number;
}
class Sq implements Shape {
  constructor(public s: number) {}
  area(scale = 1): number {
    return this.s * this.s * scale;
  }
}
class Pt {
  sum({ x, y }: { x: number; y: number }, ...more: number[]): number {
    return x + y + more.length;
  }
}
function first<T>(...xs: T[]): T | undefined {
  return xs[0];
}
function pair<T>(a: T, b: T = a): T[] {
  return [a, b];
}
async function later(v: number): Promise<number> {
  await sleep(1);
  return v;
}
async function work(n: number): Promise<number[]> {
  await sleep(1);
  const xs = [n, ...(await Promise.resolve([1, 2])), await later(9)];
  let a = 0;
  let b = 0;
  [a, b] = await Promise.resolve([5, 6]);
  xs.push(...[a, b], await later(-1));
  const [c = await later(70), d = await later(80)] = [undefined, 8];
  xs.push(c, d);
  const opt: { p: number; q?: number } = { p: await later(30) };
  const { p, q = await later(40) } = opt;
  return [...xs, p, q];
}
async function main(): Promise<void> {
  const shapes: Shape[] = [new Sq(2), { area: (k?: number) => (k ?? 1) * 10 }];
  console.log(
    shapes.map((s) => s.area()),
    shapes.map((s) => s.area(2)),
  );
  const p = new Pt();
  console.log(p.sum({ x: 1, y: 2 }), p.sum({ x: 1, y: 2 }, 7, 8));
  console.log(first(1, 2), first<string>(), pair("x"), pair(1, 2), pair<boolean>(false));
  console.log(await work(3));
  const all = await Promise.all([work(1), work(2)]);
  console.log(all.map((r) => r.length));
}
main();
