// Getters and setters: computed read-only properties, setters that validate and clamp, pairs keeping
// derived state in sync, accessors on subclasses overriding the base, static accessors, accessors
// called from methods and closures, and setters returning nothing but counting writes. (Static accessors
// crash the compiler today: corpus-failures-s3.md S7.)
class Thermostat {
  private celsius = 20;
  writes = 0;
  static instances = 0;
  constructor() {
    Thermostat.instances++;
  }
  get fahrenheit(): number {
    return (this.celsius * 9) / 5 + 32;
  }
  set fahrenheit(f: number) {
    this.setpoint = ((f - 32) * 5) / 9;
  }
  get setpoint(): number {
    return this.celsius;
  }
  set setpoint(c: number) {
    this.writes++;
    this.celsius = Math.min(30, Math.max(5, Math.round(c * 2) / 2));
  }
  get label(): string {
    return `${this.celsius.toFixed(1)}C / ${this.fahrenheit.toFixed(1)}F`;
  }
  static count(): number {
    return Thermostat.instances;
  }
}

class Shape {
  constructor(protected w: number) {}
  get area(): number {
    return this.w * this.w;
  }
  get kind(): string {
    return "square";
  }
  describe(): string {
    return `${this.kind} area ${this.area}`;
  }
}
class Circle extends Shape {
  get area(): number {
    return Math.round(Math.PI * this.w * this.w * 100) / 100;
  }
  get kind(): string {
    return "circle";
  }
}

class Window {
  private items: number[] = [];
  constructor(private cap: number) {}
  get size(): number {
    return this.items.length;
  }
  get capacity(): number {
    return this.cap;
  }
  set capacity(n: number) {
    this.cap = Math.max(1, Math.floor(n));
    while (this.items.length > this.cap) this.items.shift();
  }
  get last(): number | undefined {
    return this.items[this.items.length - 1];
  }
  get mean(): number {
    return this.items.length === 0 ? NaN : this.items.reduce((a, b) => a + b, 0) / this.items.length;
  }
  add(x: number): void {
    this.items.push(x);
    if (this.items.length > this.cap) this.items.shift();
  }
}

const t = new Thermostat();
console.log(t.setpoint, t.fahrenheit, t.label);
t.setpoint = 22.3;
console.log(t.setpoint, t.label);
t.fahrenheit = 100;
console.log(t.setpoint, t.fahrenheit, t.writes);
t.setpoint = -40;
const readings = [t.setpoint];
t.setpoint = 99;
readings.push(t.setpoint);
console.log(readings, t.writes, new Thermostat().label, Thermostat.count());
const shapes: Shape[] = [new Shape(3), new Circle(1), new Circle(2)];
console.log(
  shapes.map((s) => s.describe()),
  shapes.map((s) => s.area).reduce((a, b) => a + b, 0),
);
const w = new Window(3);
for (const x of [4, 8, 15, 16, 23, 42]) w.add(x);
console.log(w.size, w.capacity, w.last, w.mean);
w.capacity = 2.9;
console.log(w.size, w.capacity, w.mean, w.last);
w.capacity = 0;
console.log(w.size, w.capacity, w.last, new Window(5).mean, new Window(5).last);
const getLabel = (): string => t.label;
t.setpoint = 18;
console.log(getLabel(), t.writes);
