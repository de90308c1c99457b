// @qemu
// Three-level inheritance, super calls in ctor and methods, overriding, instanceof on each level
class Animal {
  constructor(
    public name: string,
    protected legs: number,
  ) {}
  describe(): string {
    return `${this.name} has ${this.legs} legs`;
  }
  speak(): string {
    return this.legs > 0 ? "..." : "";
  }
}
class Dog extends Animal {
  constructor(
    name: string,
    public breed: string,
  ) {
    super(name, 4);
  }
  speak(): string {
    return this.breed === "" ? "" : "Woof";
  }
  describe(): string {
    return `${super.describe()} and is a ${this.breed}`;
  }
}
class Puppy extends Dog {
  speak(): string {
    return super.speak().toLowerCase() + "!";
  }
}
class Bird extends Animal {
  constructor(name: string) {
    super(name, 2);
  }
}
const zoo: Animal[] = [
  new Animal("thing", 0),
  new Dog("Rex", "collie"),
  new Puppy("Bit", "pug"),
  new Bird("Tweety"),
];
for (const a of zoo) {
  console.log(
    a.describe(),
    "|",
    a.speak(),
    a instanceof Animal,
    a instanceof Dog,
    a instanceof Puppy,
    a instanceof Bird,
  );
}
const d = zoo[2];
if (d !== undefined && d instanceof Dog) console.log("breed", d.breed);
