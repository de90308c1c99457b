// @qemu
class Point {
  x: number;
  y: number;
  static count = 0;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
    Point.count++;
  }
  length(): number {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
  add(o: Point): Point {
    return new Point(this.x + o.x, this.y + o.y);
  }
  get sum(): number {
    return this.x + this.y;
  }
  set sum(v: number) {
    this.x = v - this.y;
  }
  static origin(): Point {
    return new Point(0, 0);
  }
}
const p = new Point(3, 4);
console.log(p.length(), p.sum, Point.count);
p.sum = 10;
console.log(p.x, p.y, p.add(new Point(1, 1)).x, Point.origin().length(), Point.count);
class Pair {
  constructor(
    public left: number,
    public right: string,
  ) {}
}
console.log(new Pair(1, "one"), [new Pair(2, "two")]);

abstract class Shape {
  name: string;
  constructor(name: string) {
    this.name = name;
  }
  abstract area(): number;
  describe(): string {
    return `${this.name} with area ${this.area()}`;
  }
}
class Square extends Shape {
  side: number;
  constructor(side: number) {
    super("square");
    this.side = side;
  }
  area(): number {
    return this.side * this.side;
  }
}
class Circle extends Shape {
  r = 1;
  constructor(r: number) {
    super("circle");
    this.r = r;
  }
  area(): number {
    return 3 * this.r * this.r;
  }
  describe(): string {
    return "round " + super.describe();
  }
}
const shapes: Shape[] = [new Square(2), new Circle(1)];
for (const s of shapes) console.log(s.describe(), s instanceof Circle, s instanceof Shape);
class Counter {
  private n = 0;
  tick(): () => number {
    return () => ++this.n;
  }
}
const c = new Counter();
const t = c.tick();
t();
t();
console.log(t());
