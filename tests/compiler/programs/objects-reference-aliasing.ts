// @qemu
// Plain-data objects (all-number fields) are references, exactly as in JavaScript: assignment shares,
// parameters may be written, `===` is identity, nested objects are shared too.
interface Vec {
  x: number;
  y: number;
}
interface Segment {
  from: Vec;
  to: Vec;
  visible: boolean;
}

const origin: Vec = { x: 0, y: 0 };
let cursor: Vec = origin;

function nudge(v: Vec, dx: number): void {
  v.x += dx;
  v.y -= dx;
}

function swap(v: Vec): Vec {
  const t = v.x;
  v.x = v.y;
  v.y = t;
  return v;
}

function aliasing(): void {
  const a: Vec = { x: 1, y: 2 };
  const b = a;
  b.x = 2;
  console.log(a.x, b.x, a === b);
  const c: Vec = { x: 2, y: 2 };
  console.log(a === c, a.x === c.x && a.y === c.y);
  nudge(a, 10);
  console.log(a, b);
  const same = swap(b);
  console.log(same === a, a);
  let d = a;
  d = c;
  d.y = -0;
  console.log(a, c, 1 / c.y);
}

function globals(): void {
  cursor.x = 5;
  console.log(origin.x, cursor === origin);
  cursor = { x: 7, y: 8 };
  cursor.y++;
  console.log(origin, cursor);
  cursor = origin;
  cursor.y += 0.5;
  console.log(origin.y);
}

function nested(): void {
  const shared: Vec = { x: 1, y: 1 };
  const s1: Segment = { from: shared, to: { x: 3, y: 4 }, visible: true };
  const s2: Segment = { from: { x: -1, y: -1 }, to: shared, visible: false };
  s1.from.x = 100;
  console.log(s2.to.x, s1.from === s2.to);
  const end = s1.to;
  end.y = 40;
  console.log(s1.to.y, s1);
  s2.to = s1.to;
  s2.to.x = 30;
  console.log(s1.to.x, shared.x, s2);
  const segments: Segment[] = [s1, s2, s1];
  let total = 0;
  for (const s of segments) {
    s.from.x += 1;
    total += s.from.x + s.to.y;
  }
  console.log(total, s1.from.x, s2.from.x);
}

function chain(): void {
  // Three names, one object; reassigning a field of it is seen through all of them.
  const p: Vec = { x: 1, y: 1 };
  const holder = { inner: p, label: "p" };
  const alias = holder.inner;
  alias.x *= 3;
  holder.inner.y /= 4;
  console.log(p, holder.inner === p, `${holder.label}=${p.x},${p.y}`);
  const copy: Vec = { x: p.x, y: p.y };
  copy.x = 0;
  console.log(p.x, copy.x, copy === p);
}

aliasing();
globals();
nested();
chain();
