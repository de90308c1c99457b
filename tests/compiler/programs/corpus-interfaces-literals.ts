// @qemu
// Interfaces implemented by object literals holding closures and by classes, used interchangeably
interface Counter {
  readonly name: string;
  value: () => number;
  inc: (by: number) => void;
}
function literalCounter(name: string): Counter {
  let n = 0;
  return {
    name: name,
    value: () => n,
    inc: (by) => {
      n += by;
    },
  };
}
class ClassCounter implements Counter {
  private n = 100;
  constructor(readonly name: string) {}
  value = (): number => this.n;
  inc = (by: number): void => {
    this.n -= by;
  };
}
const counters: Counter[] = [literalCounter("lit"), new ClassCounter("cls")];
for (const c of counters) {
  c.inc(1);
  c.inc(5);
  console.log(c.name, c.value());
}
const total = counters.reduce((s, c) => s + c.value(), 0);
console.log("total", total);
interface Named {
  name: string;
}
const named: Named[] = [
  { name: "plain" },
  new ClassCounter("class-as-named"),
  literalCounter("lit-as-named"),
];
console.log(named.map((n) => n.name).join(","));
