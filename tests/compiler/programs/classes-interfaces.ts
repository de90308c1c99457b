interface Greeter {
  prefix: string;
  greet(name: string): string;
}
class Polite implements Greeter {
  prefix = "Dear";
  greet(name: string): string {
    return `${this.prefix} ${name}`;
  }
}
const casual: Greeter = {
  prefix: "Hey",
  greet: (name: string): string => "hey " + name,
};
const all: Greeter[] = [new Polite(), casual];
for (const g of all) console.log(g.prefix, g.greet("Ada"));
class Stack<T> {
  items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  get size(): number {
    return this.items.length;
  }
}
class AppError extends Error {
  code: number;
  constructor(message: string, code: number) {
    super(message);
    this.code = code;
  }
}
const e = new AppError("disk full", 28);
console.log(e.message, e.code, e instanceof Error, e instanceof AppError);
const st = new Stack<number>();
st.push(1);
st.push(2.5);
console.log(st.size, (st.pop() ?? 0) * 2, st.size, st.items);
const names = new Stack<string>();
names.push("x");
console.log(names.pop(), names.pop());
