// @qemu
// Object literal methods (`{ m() { ... } }`) with `this`, parameters (defaults, rest, destructured),
// closures inside them, calls through an interface, and shorthand properties; object spread with
// the result's shape known statically.
interface Counter {
  count: number;
  step: number;
  inc(by?: number): number;
  reset(): void;
}

interface Named {
  name: string;
  greet(greeting: string, ...others: string[]): string;
}

function makeCounter(start: number, step = 1): Counter {
  return {
    count: start,
    step,
    inc(by?: number) {
      this.count += by ?? this.step;
      return this.count;
    },
    reset() {
      this.count = start;
    },
  };
}

function introduce(n: Named): string {
  return n.greet("Hi", "Ann", "Bo");
}

interface Point {
  x: number;
  y: number;
}
interface Point3 {
  x: number;
  y: number;
  z: number;
}

function methods(): void {
  const c = makeCounter(10);
  console.log(c.inc(), c.inc(5), c.inc(), c.count);
  c.reset();
  console.log(c.count, c.inc(), c.step);
  const d = makeCounter(0, 3);
  d.inc();
  d.inc(1);
  console.log(d.count, c.count);
  const name = "Zed";
  const person: Named = {
    name,
    greet(greeting, ...others) {
      const list = others.map((o) => `${o} from ${this.name}`).join(", ");
      return `${greeting}, I am ${this.name}; ${list}`;
    },
  };
  console.log(introduce(person));
  const geo = {
    origin: { x: 0, y: 0 },
    dist({ x, y }: Point): number {
      return Math.hypot(x - this.origin.x, y - this.origin.y);
    },
    scale(p: Point, k = 2): Point {
      return { x: p.x * k, y: p.y * k };
    },
  };
  console.log(geo.dist({ x: 3, y: 4 }), geo.scale({ x: 1, y: -1 }), geo.scale({ x: 1, y: 1 }, 0.5));
  geo.origin = { x: 3, y: 0 };
  console.log(geo.dist({ x: 3, y: 4 }));
}

function spreads(): void {
  const p: Point = { x: 1, y: 2 };
  const q: Point = { ...p, y: 5 };
  const r: Point3 = { ...q, z: 9 };
  const s: Point3 = { z: 0, ...p, x: -1 };
  const t = { ...r };
  console.log(p, q, r, s, t, t === r, t.x + t.y + t.z);
  const moved: Point[] = [p, q].map((pt) => ({ ...pt, x: pt.x + 100 }));
  console.log(moved);
  const defaults = { host: "localhost", port: 80, tls: false };
  const custom = { ...defaults, port: 8443, tls: true };
  const merged = { ...custom, ...{ host: "example.org" } };
  console.log(defaults, custom, merged);
  const x = 4;
  const y = 5;
  const short = { x, y, sum: x + y };
  console.log(short, { ...short, sum: 0 });
}

methods();
spreads();
