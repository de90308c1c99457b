// Plain-data objects through generic code and classes: a type parameter holds the same reference, a
// generic container shares the objects it stores, class fields and methods take and return them.
interface Reading {
  sensor: number;
  value: number;
}

function firstWhere<T>(xs: T[], pred: (x: T) => boolean): T | undefined {
  for (const x of xs) {
    if (pred(x)) return x;
  }
  return undefined;
}

function pairOf<T>(a: T, b: T): T[] {
  return [a, b];
}

function identity<T>(x: T): T {
  return x;
}

class Ring {
  private items: Reading[] = [];
  private next = 0;
  constructor(readonly size: number) {}
  put(r: Reading): Reading | null {
    const old = this.items.length < this.size ? null : (this.items[this.next] ?? null);
    this.items[this.next] = r;
    this.next = (this.next + 1) % this.size;
    return old;
  }
  newest(): Reading | undefined {
    return this.items[(this.next + this.size - 1) % this.size];
  }
  total(): number {
    let t = 0;
    for (const r of this.items) t += r.value;
    return t;
  }
}

class Tracker {
  peak: Reading;
  constructor(start: Reading) {
    this.peak = start;
  }
  see(r: Reading): boolean {
    if (r.value <= this.peak.value) return false;
    this.peak = r;
    return true;
  }
}

function generics(): void {
  const rs: Reading[] = [
    { sensor: 1, value: 20 },
    { sensor: 2, value: 35 },
    { sensor: 3, value: 35 },
  ];
  const hit = firstWhere(rs, (r) => r.value > 30);
  if (hit !== undefined) hit.value = 31;
  console.log(rs[1], hit === rs[1], firstWhere(rs, (r) => r.value > 100));
  const pair = pairOf(rs[0], rs[2]);
  const same = identity(rs[0]);
  if (same !== undefined) same.sensor = 10;
  console.log(pair, pair[0] === rs[0]);
}

function classes(): void {
  const ring = new Ring(3);
  const t = new Tracker({ sensor: 0, value: -Infinity });
  const dropped: (Reading | null)[] = [];
  for (let i = 0; i < 5; i++) {
    const r: Reading = { sensor: i, value: (i * 7) % 5 };
    dropped.push(ring.put(r));
    console.log(i, t.see(r), t.peak.sensor);
  }
  console.log(dropped, ring.total());
  const newest = ring.newest();
  if (newest !== undefined) newest.value = 100;
  console.log(ring.total(), t.peak === newest, t.see({ sensor: 9, value: 50 }), t.peak);
  console.log(ring);
}

generics();
classes();
