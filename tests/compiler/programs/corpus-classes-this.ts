// @qemu
// this in methods, arrows capturing this, method chaining, objects holding other objects
class Vec {
  constructor(
    public x: number,
    public y: number,
  ) {}
  add(o: Vec): this {
    this.x += o.x;
    this.y += o.y;
    return this;
  }
  scale(k: number): this {
    this.x *= k;
    this.y *= k;
    return this;
  }
  toString(): string {
    return `(${this.x}, ${this.y})`;
  }
}
const v = new Vec(1, 2).add(new Vec(3, 4)).scale(2);
console.log(v.toString(), `${v.x}`, String(v.y));
class Button {
  clicks = 0;
  handlers: (() => void)[] = [];
  constructor(public label: string) {
    this.handlers.push(() => {
      this.clicks++;
    });
  }
  onClick(extra: () => void): void {
    this.handlers.push(extra);
  }
  click(): void {
    for (const h of this.handlers) h();
  }
}
const b = new Button("ok");
let outside = 0;
b.onClick(() => {
  outside += 10;
});
b.click();
b.click();
console.log(b.label, b.clicks, outside);
class Node2 {
  next: Node2 | null = null;
  constructor(public value: number) {}
}
const head = new Node2(1);
head.next = new Node2(2);
head.next.next = new Node2(3);
let sum = 0;
for (let n: Node2 | null = head; n !== null; n = n.next) sum += n.value;
console.log(sum, head.next.next.next);
