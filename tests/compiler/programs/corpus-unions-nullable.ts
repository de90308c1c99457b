// @qemu
// T | null and T | undefined narrowing: linked list search, optional lookups, early returns, ?? chains
class Node {
  next: Node | null = null;
  constructor(
    readonly key: string,
    public value: number,
  ) {}
}
class List {
  head: Node | null = null;
  put(key: string, value: number): void {
    const found = this.find(key);
    if (found !== null) {
      found.value = value;
      return;
    }
    const n = new Node(key, value);
    n.next = this.head;
    this.head = n;
  }
  find(key: string): Node | null {
    let n = this.head;
    while (n !== null) {
      if (n.key === key) return n;
      n = n.next;
    }
    return null;
  }
  keys(): string[] {
    const out: string[] = [];
    for (let n = this.head; n !== null; n = n.next) out.push(n.key);
    return out;
  }
}
const l = new List();
l.put("a", 1);
l.put("b", 2);
l.put("a", 10);
console.log(l.keys(), l.find("a")?.value, l.find("zz")?.value, l.find("b") === null);
const found = l.find("zz");
console.log(found === null ? "missing" : found.key, found?.value ?? -1);
function firstEven(xs: number[]): number | undefined {
  for (const x of xs) if (x % 2 === 0) return x;
  return undefined;
}
const e1 = firstEven([1, 3, 4, 6]);
const e2 = firstEven([1, 3]);
console.log(e1, e2, e1 ?? 0, e2 ?? 0, e1 !== undefined ? e1 * 100 : -1);
let maybe: string | null = null;
console.log(maybe ?? "fallback");
maybe = "now set";
console.log(maybe ?? "fallback", maybe.length);
