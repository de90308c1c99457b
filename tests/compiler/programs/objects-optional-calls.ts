// @qemu
// Optional calls: o?.m() on class instances, interface values and library values, o.f?.() on optional function
// properties, inside loops and with ?? defaults; the receiver is evaluated once and arguments only when called.
interface W {
  weigh(): number;
}
class Av implements W {
  weigh(): number {
    return 3;
  }
}
class Bag {
  values: W[] = [new Av()];
  total(): number {
    let t = 0;
    for (let i = 0; i < 3; i++) t += this.values[i]?.weigh() ?? 0;
    return t;
  }
}

class V {
  constructor(readonly w: number) {}
  weigh(): number {
    return this.w * 2;
  }
}
interface Holder {
  v?: V;
  f?: (x: number) => number;
}
const vs: V[] = [new V(1), new V(2)];
console.log(vs[0]?.weigh(), vs[5]?.weigh());
const h: Holder = {};
console.log(h.v?.weigh(), h.f?.(3));
const h2: Holder = { v: new V(7), f: (x) => x + 1 };
console.log(h2.v?.weigh(), h2.f?.(3));
const s: string | undefined = vs.length > 1 ? "abc" : undefined;
console.log(s?.toUpperCase(), s?.slice(1).length);
const m = new Map<string, V>([["a", new V(4)]]);
console.log(m.get("a")?.weigh(), m.get("b")?.weigh() ?? -1);
console.log(new Bag().total());
interface Hooks {
  onEvent?: (name: string) => void;
  format?: (n: number) => string;
}
let calls = 0;
function arg(n: number): number {
  calls++;
  return n;
}
const hooks: Hooks[] = [{ onEvent: (n) => console.log("event", n) }, {}, { format: (n) => n.toFixed(2) }];
for (const hk of hooks) {
  hk.onEvent?.("tick");
  console.log(hk.format?.(arg(1.5)) ?? "no format");
}
console.log("args evaluated", calls);
let receivers = 0;
function pick(i: number): W | undefined {
  receivers++;
  return i % 2 === 0 ? new Av() : undefined;
}
console.log(pick(0)?.weigh(), pick(1)?.weigh(), receivers);
