// Abstract classes: abstract methods implemented by subclasses, template methods in the base calling
// them, constructors with super, protected state, a second level of inheritance overriding again,
// arrays typed by the abstract base, and instanceof at each level.
abstract class Shape {
  static created = 0;
  constructor(protected readonly label: string) {
    Shape.created++;
  }
  abstract area(): number;
  abstract perimeter(): number;
  describe(): string {
    return `${this.label}: area=${this.area().toFixed(2)} perimeter=${this.perimeter().toFixed(2)}`;
  }
  biggerThan(o: Shape): boolean {
    return this.area() > o.area();
  }
}

class Circle extends Shape {
  constructor(readonly r: number) {
    super("circle");
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
  perimeter(): number {
    return 2 * Math.PI * this.r;
  }
}

class Rect extends Shape {
  constructor(
    readonly w: number,
    readonly h: number,
  ) {
    super("rect");
  }
  area(): number {
    return this.w * this.h;
  }
  perimeter(): number {
    return 2 * (this.w + this.h);
  }
}

class Square extends Rect {
  constructor(side: number) {
    super(side, side);
  }
  describe(): string {
    return "square! " + super.describe();
  }
}

abstract class Sensor {
  private readings: number[] = [];
  abstract readonly unit: string;
  protected abstract raw(i: number): number;
  sample(n: number): number[] {
    for (let i = 0; i < n; i++) this.readings.push(this.convert(this.raw(i)));
    return this.readings;
  }
  protected convert(x: number): number {
    return x;
  }
  report(): string {
    return this.readings.map((r) => r.toFixed(1) + this.unit).join(" ");
  }
}

class Thermistor extends Sensor {
  readonly unit = "C";
  protected raw(i: number): number {
    return 500 + i * 13;
  }
  protected convert(x: number): number {
    return (x / 1023) * 100 - 10;
  }
}

class Counter extends Sensor {
  readonly unit = "#";
  protected raw(i: number): number {
    return i * i;
  }
}

const shapes: Shape[] = [new Circle(1), new Rect(2, 3.5), new Square(2), new Circle(0.5)];
for (const s of shapes) console.log(s.describe());
console.log(Shape.created, shapes.filter((s) => s instanceof Rect).length, shapes[2] instanceof Square);
const sorted = shapes.slice().sort((a, b) => a.area() - b.area());
console.log(
  sorted.map((s) => (s instanceof Circle ? `c${s.r}` : s instanceof Rect ? `r${s.w}x${s.h}` : "?")),
);
console.log(shapes[0]?.biggerThan(shapes[1] ?? new Circle(0)), new Square(3).biggerThan(new Circle(1.5)));
console.log(shapes[1]);
const sensors: Sensor[] = [new Thermistor(), new Counter()];
for (const s of sensors) {
  s.sample(3);
  console.log(s.unit, s.report(), s.sample(1).length);
}

abstract class Channel {
  abstract get kind(): string;
  abstract set level(v: number);
  describe(): string {
    return `${this.kind} channel`;
  }
}
class Pwm extends Channel {
  duty = 0;
  get kind(): string {
    return "pwm";
  }
  set level(v: number) {
    this.duty = Math.min(100, Math.max(0, v));
  }
}
class Dac extends Channel {
  millivolts = 0;
  get kind(): string {
    return "dac";
  }
  set level(v: number) {
    this.millivolts = Math.round(v * 33);
  }
}
const channels: Channel[] = [new Pwm(), new Dac()];
for (const c of channels) {
  c.level = 120;
  console.log(c.describe(), c.kind, c);
}
