// An expression tree with an abstract node class: numbers, variables, binary and unary operators and
// function calls as subclasses; recursive evaluation with an environment Map, printing with minimal
// parentheses, symbolic differentiation, constant folding and node counting.
abstract class Expr {
  abstract evaluate(env: Map<string, number>): number;
  abstract show(): string;
  abstract derive(v: string): Expr;
  abstract prec(): number;
  count(): number {
    return 1;
  }
  wrap(outer: number): string {
    return this.prec() < outer ? `(${this.show()})` : this.show();
  }
}

class Num extends Expr {
  constructor(readonly v: number) {
    super();
  }
  evaluate(): number {
    return this.v;
  }
  show(): string {
    return this.v < 0 ? `(${this.v})` : String(this.v);
  }
  derive(): Expr {
    return new Num(0);
  }
  prec(): number {
    return 9;
  }
}

class Var extends Expr {
  constructor(readonly name: string) {
    super();
  }
  evaluate(env: Map<string, number>): number {
    const v = env.get(this.name);
    if (v === undefined) throw new RangeError(`unbound ${this.name}`);
    return v;
  }
  show(): string {
    return this.name;
  }
  derive(v: string): Expr {
    return new Num(this.name === v ? 1 : 0);
  }
  prec(): number {
    return 9;
  }
}

class Bin extends Expr {
  constructor(
    readonly op: string,
    readonly l: Expr,
    readonly r: Expr,
  ) {
    super();
  }
  evaluate(env: Map<string, number>): number {
    const a = this.l.evaluate(env);
    const b = this.r.evaluate(env);
    if (this.op === "+") return a + b;
    if (this.op === "-") return a - b;
    if (this.op === "*") return a * b;
    if (this.op === "/") return a / b;
    return a ** b;
  }
  prec(): number {
    return this.op === "+" || this.op === "-" ? 1 : this.op === "^" ? 3 : 2;
  }
  show(): string {
    const p = this.prec();
    const rightPrec = this.op === "-" || this.op === "/" ? p + 1 : p;
    return `${this.l.wrap(this.op === "^" ? p + 1 : p)} ${this.op} ${this.r.wrap(rightPrec)}`;
  }
  count(): number {
    return 1 + this.l.count() + this.r.count();
  }
  derive(v: string): Expr {
    const dl = this.l.derive(v);
    const dr = this.r.derive(v);
    if (this.op === "+" || this.op === "-") return new Bin(this.op, dl, dr);
    if (this.op === "*") return new Bin("+", new Bin("*", dl, this.r), new Bin("*", this.l, dr));
    if (this.op === "/")
      return new Bin(
        "/",
        new Bin("-", new Bin("*", dl, this.r), new Bin("*", this.l, dr)),
        new Bin("^", this.r, new Num(2)),
      );
    // power with a constant exponent
    return new Bin("*", new Bin("*", this.r, new Bin("^", this.l, new Bin("-", this.r, new Num(1)))), dl);
  }
}

class Call extends Expr {
  constructor(
    readonly fn: string,
    readonly arg: Expr,
  ) {
    super();
  }
  evaluate(env: Map<string, number>): number {
    const x = this.arg.evaluate(env);
    return this.fn === "sin" ? Math.sin(x) : this.fn === "cos" ? Math.cos(x) : Math.exp(x);
  }
  show(): string {
    return `${this.fn}(${this.arg.show()})`;
  }
  prec(): number {
    return 9;
  }
  count(): number {
    return 1 + this.arg.count();
  }
  derive(v: string): Expr {
    const inner = this.arg.derive(v);
    const outer =
      this.fn === "sin"
        ? new Call("cos", this.arg)
        : this.fn === "cos"
          ? new Bin("*", new Num(-1), new Call("sin", this.arg))
          : new Call("exp", this.arg);
    return new Bin("*", outer, inner);
  }
}

function fold(e: Expr): Expr {
  if (e instanceof Bin) {
    const l = fold(e.l);
    const r = fold(e.r);
    if (l instanceof Num && r instanceof Num)
      return new Num(new Bin(e.op, l, r).evaluate(new Map<string, number>()));
    if (e.op === "*" && ((l instanceof Num && l.v === 0) || (r instanceof Num && r.v === 0)))
      return new Num(0);
    if (e.op === "*" && l instanceof Num && l.v === 1) return r;
    if ((e.op === "*" || e.op === "/") && r instanceof Num && r.v === 1) return l;
    if ((e.op === "+" || e.op === "-") && r instanceof Num && r.v === 0) return l;
    if (e.op === "+" && l instanceof Num && l.v === 0) return r;
    return new Bin(e.op, l, r);
  }
  if (e instanceof Call) return new Call(e.fn, fold(e.arg));
  return e;
}

const x = new Var("x");
const y = new Var("y");
const exprs: Expr[] = [
  new Bin("+", new Bin("*", new Num(3), new Bin("^", x, new Num(2))), new Bin("*", new Num(2), x)),
  new Bin("-", x, new Bin("-", y, new Num(1))),
  new Bin("/", new Call("sin", x), x),
  new Bin("*", new Call("exp", new Bin("*", new Num(2), x)), new Bin("+", x, y)),
  new Bin("^", new Bin("^", x, new Num(2)), new Num(3)),
];
const env = new Map<string, number>([
  ["x", 1.5],
  ["y", -2],
]);
for (const e of exprs) {
  const d = fold(e.derive("x"));
  console.log(
    e.show(),
    "=",
    e.evaluate(env).toFixed(6),
    "| d/dx:",
    d.show(),
    "=",
    d.evaluate(env).toFixed(6),
    e.count(),
    d.count(),
  );
}
try {
  new Var("z").evaluate(env);
} catch (e) {
  console.log(e instanceof RangeError, e instanceof Error ? e.message : "");
}
console.log(new Num(-3).show(), fold(new Bin("+", new Num(2), new Bin("*", new Num(3), new Num(4)))).show());
