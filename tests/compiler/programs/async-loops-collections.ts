// @qemu
// for...of loops that await in async functions, over every iterable of the subset: arrays (destructuring
// heads with defaults and rest elements, an array built by awaits), strings by code point, a Map changed
// during the loop, map.entries()/keys()/values(), a Set, typed arrays; nested loops of different kinds,
// break/continue, closures capturing each iteration's binding, an async arrow and an async method.
import { sleep } from "regen";

interface Reading {
  sensor: string;
  value: number;
  scale?: number;
}

async function val<T>(x: T): Promise<T> {
  await sleep(1);
  return x;
}

async function readings(rs: Reading[]): Promise<string> {
  const out: string[] = [];
  for (const { sensor, value, scale = await val(10) } of rs) {
    if (value < 0) continue;
    out.push(`${sensor}:${value * scale}`);
    if (sensor === "stop") break;
  }
  const groups: number[][] = [[1, 2, 3], [4], []];
  for (const [first, ...rest] of groups) {
    out.push(`${first ?? "none"}+${rest.length}=${await val(rest.reduce((a, b) => a + b, 0))}`);
  }
  for (const x of [await val(7), await val(8)]) out.push(`x${x}`);
  return out.join(" ");
}

async function text(words: string[]): Promise<string> {
  let codes = 0;
  let kept = "";
  for (const w of words) {
    for (const ch of w) {
      if (ch === "-") continue;
      codes += (await val(ch.codePointAt(0) ?? 0)) % 100;
      kept += ch;
    }
  }
  return `${kept} ${codes}`;
}

async function maps(): Promise<string[]> {
  const m = new Map<string, number>([
    ["a", 1],
    ["b", 2],
    ["c", 3],
  ]);
  const seen: string[] = [];
  for (const [k, v] of m) {
    if (k === "a") {
      m.delete("b");
      m.set("d", 4);
    }
    seen.push(`${k}${await val(v)}`);
  }
  for (const [k, v] of m.entries()) seen.push(`${k}=${await val(v * 10)}`);
  for (const k of m.keys()) {
    await sleep(1);
    m.set(k, (m.get(k) ?? 0) + k.length);
  }
  for (const v of m.values()) seen.push(String(await val(v)));
  const tags = new Set<number>([5, 6, 7]);
  for (const t of tags) {
    tags.delete(6);
    seen.push(`t${await val(t)}`);
  }
  return seen;
}

class Buffer16 {
  constructor(readonly samples: Int16Array) {}
  async energy(): Promise<number> {
    let e = 0;
    for (const s of this.samples) e += (await val(s)) * s;
    return e;
  }
}

const perIteration = async (names: string[]): Promise<string> => {
  const calls: (() => string)[] = [];
  for (const name of names) {
    calls.push(() => name.toUpperCase());
    await sleep(1);
  }
  for (const [i, name] of names.entries()) {
    await sleep(1);
    calls.push(() => `${i}${name}`);
  }
  return calls.map((f) => f()).join(",");
};

async function main(): Promise<void> {
  console.log(
    await readings([
      { sensor: "t1", value: 2 },
      { sensor: "t2", value: -1 },
      { sensor: "stop", value: 3, scale: 2 },
      { sensor: "late", value: 9 },
    ]),
  );
  console.log(await text(["ab-c", "", "é😀x"]));
  console.log(await maps());
  console.log(await new Buffer16(new Int16Array([300, -2, 7])).energy());
  console.log(await perIteration(["ox", "ant", "bee"]));
}

main().then(() => console.log("done"));
