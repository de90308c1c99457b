// @qemu
// Static getters and setters: a validated static setting with read, write, compound assignment and
// ++/--, getter-only and setter-only statics, static accessors inherited through a subclass (and one a
// subclass hides with its own), and static accessors used from instance methods and other statics.
class Config {
  private static level = 2;
  private static history: number[] = [];
  static writes = 0;

  static get verbosity(): number {
    return Config.level;
  }
  static set verbosity(v: number) {
    Config.writes++;
    Config.level = v < 0 ? 0 : v > 9 ? 9 : v;
    Config.history.push(Config.level);
  }
  static get label(): string {
    return "level-" + Config.level;
  }
  static set sink(msg: string) {
    Config.history.push(msg.length);
  }
  static get trail(): string {
    return Config.history.join(",");
  }
  static bump(by: number): number {
    Config.verbosity += by;
    return Config.verbosity;
  }
}

class Shape {
  private static made = 0;
  static get count(): number {
    return Shape.made;
  }
  static set count(n: number) {
    Shape.made = n;
  }
  static get kind(): string {
    return "shape";
  }
  constructor(readonly size: number) {
    Shape.count++;
  }
  describe(): string {
    return `${Shape.kind}#${Shape.count} size ${this.size} at ${Config.label}`;
  }
}

class Square extends Shape {
  static get kind(): string {
    return "square";
  }
  area(): number {
    return this.size * this.size * Config.verbosity;
  }
}

function settings(): void {
  console.log(Config.verbosity, Config.label, Config.writes);
  Config.verbosity = 5;
  console.log(Config.verbosity, Config.label);
  Config.verbosity += 3;
  console.log(Config.verbosity);
  Config.verbosity += 10;
  console.log(Config.verbosity, "clamped");
  Config.verbosity -= 20;
  console.log(Config.verbosity, "floor");
  Config.verbosity++;
  const before = Config.verbosity++;
  const after = ++Config.verbosity;
  console.log(before, after, Config.verbosity--, --Config.verbosity);
  const assigned = (Config.verbosity = 7);
  console.log(assigned, Config.verbosity, Config.bump(1), Config.bump(-3));
  Config.sink = "hello";
  Config.sink = "";
  console.log(Config.trail, "writes", Config.writes);
  Config.verbosity *= 2;
  console.log(Config.verbosity, Config.label);
}

function inherited(): void {
  const shapes: Shape[] = [new Shape(1), new Square(2), new Square(3)];
  console.log(Shape.count, Square.count, Shape.kind, Square.kind);
  for (const s of shapes) console.log(s.describe());
  Square.count = 10;
  console.log(Shape.count, Square.count);
  Square.count += 5;
  Square.count++;
  console.log(Shape.count, new Square(4).area(), Square.count);
  let total = 0;
  for (let i = 0; i < 3; i++) total += Shape.count + i;
  console.log(total, `${Square.kind}:${Square.count}`);
}

settings();
inherited();
