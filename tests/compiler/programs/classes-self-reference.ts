// @qemu
// Classes that construct and return their own kind print with their own name (Node's bundle keeps names).
class Pair {
  constructor(
    readonly a: number,
    readonly b: number,
  ) {}
  swap(): Pair {
    return new Pair(this.b, this.a);
  }
  static of(n: number): Pair {
    return new Pair(n, n * n);
  }
}
class Node2 {
  next: Node2 | null = null;
  constructor(readonly value: string) {}
  append(value: string): Node2 {
    const n = new Node2(value);
    this.next = n;
    return n;
  }
}
console.log(new Pair(1, 2).swap(), [new Pair(3, 4), Pair.of(5)]);
const head = new Node2("a");
head.append("b").append("c");
console.log(head.next);
console.log(head instanceof Node2, head.next?.next?.value);
