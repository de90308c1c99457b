// Integer-typed fields (u8, i32, u32 from `regen`) on heap objects keep their wrapping: a value is
// wrapped when it is made with u8()/i32()/u32(), is read back as an integer, and arithmetic on it
// gives a number that must be wrapped again, exactly as in locals.
import { i32, u32, u8 } from "regen";

interface Counter {
  ticks: u32;
  delta: i32;
  level: u8;
}
interface Packet {
  seq: u8;
  crc: u32;
  offset: i32;
  counter: Counter;
}

function bump(c: Counter): void {
  c.ticks = u32(c.ticks + 1);
  c.delta = i32(c.delta * 3);
  c.level = u8(c.level + 100);
}

function crc(bytes: number[]): u32 {
  let h = u32(0x811c9dc5);
  for (const b of bytes) h = u32(Math.imul(h ^ b, 0x01000193));
  return h;
}

function wrapping(): void {
  const c: Counter = { ticks: u32(4294967294), delta: i32(1000000000), level: u8(200) };
  for (let i = 0; i < 3; i++) {
    bump(c);
    console.log(c.ticks, c.delta, c.level);
  }
  const level: u8 = c.level;
  const next = level + 1;
  const wrapped: u8 = u8(level * 2);
  console.log(level, next, wrapped, c.level === level, typeof c.level);
  const t: i32 = c.delta;
  console.log(t >> 1, t >>> 28, ~t, t | 0, c.ticks / 2);
}

function packets(): void {
  const list: Packet[] = [];
  const shared: Counter = { ticks: u32(0), delta: i32(-1), level: u8(255) };
  for (let i = 0; i < 4; i++) {
    const p: Packet = {
      seq: u8(i * 90),
      crc: crc([i, i + 1, i + 2]),
      offset: i32(-2147483648 + i),
      counter: shared,
    };
    bump(p.counter);
    list.push(p);
  }
  console.log(list.map((p) => p.seq).join(","), list[3]?.counter === shared, shared);
  console.log(list.map((p) => p.crc.toString(16)).join(" "));
  let sum = u32(0);
  for (const p of list) sum = u32(sum + p.crc);
  console.log(sum, list[0]?.offset, (list[1]?.offset ?? -1) === list[1]?.offset);
  const p0 = list[0];
  if (p0 !== undefined) {
    p0.offset = i32(p0.offset - 1);
    p0.seq = u8(p0.seq - 1);
    console.log(p0.offset, p0.seq, JSON.stringify(p0));
  }
}

function mixed(): void {
  // Integers pass through generic containers and unions unchanged.
  const m = new Map<u8, Counter>();
  const c: Counter = { ticks: u32(1), delta: i32(2), level: u8(3) };
  m.set(c.level, c);
  const again = m.get(u8(259));
  console.log(again === c, m.get(u8(4)));
  const box: (Counter | null)[] = [null, c];
  for (const b of box) console.log(b === null ? "null" : b.level + b.delta + b.ticks);
}

wrapping();
packets();
mixed();
