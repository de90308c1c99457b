// @qemu
// Optional properties added later to object literals with methods or spreads: such a literal is
// allocated with spare slots like a plain one (review of issue 4, session 3).
interface Counter {
  n: number;
  inc(by?: number): number;
  label?: string;
  child?: Counter;
}
interface Opt {
  a: number;
  b?: number;
  c?: string;
}

function counter(start: number): Counter {
  return {
    n: start,
    inc(by = 1) {
      this.n += by;
      return this.n;
    },
  };
}

function methods(): void {
  const c = counter(1);
  console.log(c.inc(), c.inc(5), c.label ?? "nolabel", c.child?.inc() ?? -1);
  c.child = counter(10);
  c.label = "L";
  c.label += "!";
  console.log(c.label, c.child.inc(), c.child.label?.length ?? 0, c.inc(c.child.n));
  c.child.label = "kid";
  console.log(c.child.label.toUpperCase(), c.child.n, c.n);
  const list: Counter[] = [counter(0), counter(100)];
  for (const k of list) {
    k.inc(3);
    if (k.n > 50) k.label = `big${k.n}`;
  }
  console.log(list.map((k) => `${k.n}:${k.label ?? "-"}`).join(","));
}

function spreads(): void {
  const src: Opt = { a: 1, b: 2 };
  const cp: Opt = { ...src, a: 2 };
  cp.c = "x";
  console.log(JSON.stringify(cp), cp.c, cp.b);
  const late: Opt = { ...src };
  late.c = "y";
  late.b = 7;
  console.log(JSON.stringify(late), JSON.stringify(src));
  const keyed: Opt = { ...src, b: 5 };
  keyed.c = "z";
  console.log(keyed.a, keyed.b, keyed.c, JSON.stringify(keyed));
}

methods();
spreads();
