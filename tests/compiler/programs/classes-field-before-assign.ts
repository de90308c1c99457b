// @qemu
// Class fields declared without an initializer hold undefined until assigned: a constructor that reads them
// first (through a method call, or with a definite-assignment `!`) sees undefined, as in JavaScript.

class Named {
  name: string;
  tag!: string;
  owner: Named | undefined;
  log: string[] = [];
  constructor(name: string) {
    this.describe("before");
    this.name = name;
    this.describe("after name");
    this.tag = `#${name.toUpperCase()}`;
  }
  describe(when: string): void {
    console.log(when, this.name, this.tag, this.owner);
    console.log(`${when}: name=${this.name} tag=${this.tag}`);
    console.log(this.name === undefined, this.name == null, this.tag !== undefined);
    console.log("+" + this.name, [this.name, this.tag], { n: this.name });
    this.log.push(String(this.name));
  }
}

class Child extends Named {
  extra: string;
  constructor() {
    super("kid");
    this.peek("child sees");
    this.extra = this.name + "!";
  }
  peek(when: string): void {
    console.log(when, this.extra, this.name, this.tag, `${this.extra}`.length);
  }
  describe(when: string): void {
    console.log("child", when, this.extra);
    super.describe(when);
  }
}

class Lazy {
  label!: string;
  count = 0;
  get shown(): string {
    return this.label === undefined ? "(unset)" : this.label;
  }
  set(label: string): void {
    this.label = label;
    this.count++;
  }
}

function main(): void {
  const a = new Named("ann");
  console.log(a.name, a.tag, a.name.length, a.tag.slice(1), a.log);
  const c = new Child();
  console.log(c.extra, c.extra.length, c.log.join(","));
  const l = new Lazy();
  console.log(l.shown, l.label, l.count, l);
  l.set("on");
  console.log(l.shown, l.label, l.label.length, l.count, l);
  const all: Named[] = [a, c];
  console.log(all.map((n) => n.name + n.tag).join(" "));
}

main();
