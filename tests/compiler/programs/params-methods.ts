// @qemu
// Default, optional and rest parameters on constructors, methods and static methods, and overrides
// declaring fewer or more parameters than the method they override, called through the base class.
abstract class Shape {
  constructor(
    public name: string,
    public scale: number = 1,
  ) {}
  abstract area(precision?: number): number;
  describe(prefix = "shape", ...tags: string[]): string {
    const extra = tags.length > 0 ? ` [${tags.join(",")}]` : "";
    return `${prefix} ${this.name} x${this.scale}${extra}`;
  }
  static count(...shapes: Shape[]): number {
    return shapes.length;
  }
  static unit(name = "unit", scale?: number): string {
    return `${name}:${scale ?? "none"}`;
  }
}

class Square extends Shape {
  constructor(
    public side: number,
    scale?: number,
  ) {
    super("square", scale);
  }
  // Fewer parameters than the abstract declaration.
  area(): number {
    return this.side * this.side * this.scale;
  }
}

class Circle extends Shape {
  constructor(public r: number) {
    super("circle", 2);
  }
  area(precision = 2): number {
    const a = Math.PI * this.r * this.r;
    const f = 10 ** precision;
    return Math.round(a * f) / f;
  }
  // More parameters than the base method (optional ones).
  describe(prefix = "round", ...tags: string[]): string {
    return `${super.describe(prefix, ...tags)} r=${this.r}`;
  }
}

class Tri extends Shape {
  area(precision?: number, half = true): number {
    const a = half ? this.scale / 2 : this.scale;
    return precision === undefined ? a : Number(a.toFixed(precision));
  }
}

class Counter {
  total = 0;
  add(n = 1, times = 1): this {
    this.total += n * times;
    return this;
  }
  addAll(...ns: number[]): number {
    for (const n of ns) this.add(n);
    return this.total;
  }
}

class Base {
  readonly more: number[];
  constructor(
    public a: number,
    public b = a + 1,
    ...more: number[]
  ) {
    this.more = more;
  }
}
class Forward extends Base {
  constructor(...args: [number, number, number]) {
    super(...args);
  }
}
// No constructor: `new Implicit(...)` passes its arguments to Base's, defaults and rest included.
class Implicit extends Base {}

function report(shapes: Shape[]): void {
  for (const s of shapes) {
    console.log(s.describe(), "|", s.describe("it", "a", "b"), "|", s.area(), s.area(1));
  }
}

function main(): void {
  const shapes: Shape[] = [new Square(3), new Square(2, 3), new Circle(1.5), new Tri("tri"), new Tri("tri", 5)];
  report(shapes);
  console.log(Shape.count(), Shape.count(...shapes), Shape.unit(), Shape.unit("m", 3));
  const c = new Counter();
  c.add().add(5).add(2, 3);
  console.log(c.total, c.addAll(), c.addAll(1, 2, 3));
  const t = new Tri("t", 4);
  console.log(t.area(2, false), t.area(undefined, false));
  const four: [number, number, number, number] = [7, 8, 9, 10];
  console.log(new Forward(1, 2, 3), new Implicit(5), new Implicit(...four), new Implicit(1, undefined, 3));
}
main();
