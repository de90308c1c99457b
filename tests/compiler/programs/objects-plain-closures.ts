// Plain-data objects as parameters and results of function values, captured by closures, and module
// functions taking them passed as values (map callbacks, sort comparators, timers).
interface Point {
  x: number;
  y: number;
}
interface Body {
  pos: Point;
  vel: Point;
  mass: number;
}

function length(p: Point): number {
  return Math.sqrt(p.x * p.x + p.y * p.y);
}

function byLength(a: Point, b: Point): number {
  return length(a) - length(b);
}

const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
const scale =
  (k: number) =>
  (p: Point): Point => ({ x: p.x * k, y: p.y * k });

function mover(body: Body): (dt: number) => Point {
  // The closure keeps the body (a reference): later steps see earlier ones.
  return (dt) => {
    body.pos = add(body.pos, scale(dt)(body.vel));
    return body.pos;
  };
}

function counterOf(p: Point): { next: () => number; reset: (to: Point) => void } {
  let current = p;
  return {
    next: () => {
      current.x++;
      return current.x;
    },
    reset: (to) => {
      current = to;
    },
  };
}

function values(): void {
  const pts: Point[] = [
    { x: 3, y: 4 },
    { x: 1, y: 0 },
    { x: -2, y: 2 },
  ];
  console.log(pts.map(length).map((l) => l.toFixed(3)).join(" "));
  pts.sort(byLength);
  console.log(pts);
  const doubled = pts.map(scale(2));
  console.log(doubled, doubled[0] === pts[0]);
  const total = pts.reduce(add, { x: 0, y: 0 });
  console.log(total);
  const apply = (f: (p: Point) => void, p: Point): Point => {
    f(p);
    return p;
  };
  const moved = apply((p) => (p.y = -p.y), pts[2]!);
  console.log(moved === pts[2], pts[2]);
}

function bodies(): void {
  const b: Body = { pos: { x: 0, y: 0 }, vel: { x: 1, y: 0.5 }, mass: 2 };
  const step = mover(b);
  step(1);
  const p = step(2);
  console.log(p, b.pos === p, b);
  b.vel.x = -1;
  console.log(step(0.5));
  const c = counterOf(b.vel);
  console.log(c.next(), c.next(), b.vel.x);
  c.reset(b.pos);
  console.log(c.next(), b.pos.x);
}

function later(): void {
  const target: Point = { x: 1, y: 1 };
  const ticks: Point[] = [];
  const id = setInterval(() => {
    target.x *= 2;
    ticks.push({ x: target.x, y: ticks.length });
    if (ticks.length === 3) {
      clearInterval(id);
      console.log("ticks", ticks, target);
    }
  }, 5);
  setTimeout(() => console.log("timeout sees", target.x), 1);
}

values();
bodies();
later();
