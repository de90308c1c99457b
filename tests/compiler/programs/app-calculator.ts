// A tiny calculator: a tokenizer (numbers, identifiers, operators, parentheses) and a recursive-descent
// parser/evaluator with precedence, unary minus, right-associative `^`, variables, functions and errors.
interface Token {
  kind: "num" | "id" | "op" | "end";
  text: string;
  value: number;
}

class CalcError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
    this.name = "CalcError";
  }
}

function isDigit(c: string): boolean {
  return c >= "0" && c <= "9";
}
function isAlpha(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === " ") {
      i++;
    } else if (isDigit(c) || c === ".") {
      let j = i;
      while (j < src.length && (isDigit(src.charAt(j)) || src.charAt(j) === ".")) j++;
      const text = src.slice(i, j);
      const v = parseFloat(text);
      if (Number.isNaN(v) || text.indexOf(".") !== text.lastIndexOf("."))
        throw new CalcError(`bad number '${text}'`, i);
      out.push({ kind: "num", text: text, value: v });
      i = j;
    } else if (isAlpha(c)) {
      let j = i;
      while (j < src.length && (isAlpha(src.charAt(j)) || isDigit(src.charAt(j)))) j++;
      out.push({ kind: "id", text: src.slice(i, j), value: 0 });
      i = j;
    } else if ("+-*/%^(),".includes(c)) {
      out.push({ kind: "op", text: c, value: 0 });
      i++;
    } else throw new CalcError(`unexpected '${c}'`, i);
  }
  out.push({ kind: "end", text: "", value: 0 });
  return out;
}

const vars = new Map<string, number>([
  ["pi", Math.PI],
  ["e", Math.E],
]);
const funcs = new Map<string, (x: number) => number>([
  ["sqrt", (x) => Math.sqrt(x)],
  ["abs", (x) => Math.abs(x)],
  ["floor", (x) => Math.floor(x)],
  ["sin", (x) => Math.sin(x)],
]);

class Parser {
  private pos = 0;
  constructor(private toks: Token[]) {}
  private peek(): Token {
    return this.toks[this.pos] ?? { kind: "end", text: "", value: 0 };
  }
  private eat(text: string): boolean {
    if (this.peek().kind === "op" && this.peek().text === text) {
      this.pos++;
      return true;
    }
    return false;
  }
  parse(): number {
    const v = this.expr();
    if (this.peek().kind !== "end") throw new CalcError(`trailing '${this.peek().text}'`, this.pos);
    return v;
  }
  private expr(): number {
    let v = this.term();
    for (;;) {
      if (this.eat("+")) v += this.term();
      else if (this.eat("-")) v -= this.term();
      else return v;
    }
  }
  private term(): number {
    let v = this.unary();
    for (;;) {
      if (this.eat("*")) v *= this.unary();
      else if (this.eat("/")) v /= this.unary();
      else if (this.eat("%")) v %= this.unary();
      else return v;
    }
  }
  private unary(): number {
    if (this.eat("-")) return -this.unary();
    if (this.eat("+")) return this.unary();
    return this.power();
  }
  private power(): number {
    const base = this.atom();
    if (this.eat("^")) return base ** this.unary();
    return base;
  }
  private atom(): number {
    const t = this.peek();
    this.pos++;
    if (t.kind === "num") return t.value;
    if (t.kind === "id") {
      const f = funcs.get(t.text);
      if (f !== undefined) {
        if (!this.eat("(")) throw new CalcError(`${t.text} needs (`, this.pos);
        const arg = this.expr();
        if (!this.eat(")")) throw new CalcError("missing )", this.pos);
        return f(arg);
      }
      const v = vars.get(t.text);
      if (v === undefined) throw new CalcError(`unknown name '${t.text}'`, this.pos - 1);
      return v;
    }
    if (t.kind === "op" && t.text === "(") {
      const v = this.expr();
      if (!this.eat(")")) throw new CalcError("missing )", this.pos);
      return v;
    }
    throw new CalcError(t.kind === "end" ? "unexpected end" : `unexpected '${t.text}'`, this.pos - 1);
  }
}

function calc(src: string): string {
  try {
    return String(new Parser(tokenize(src)).parse());
  } catch (e) {
    if (e instanceof CalcError) return `${e.name} at ${e.pos}: ${e.message}`;
    throw e;
  }
}

const lines = [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "2 ^ 3 ^ 2",
  "-2 ^ 2",
  "10 / 4 - 7 % 3",
  "sqrt(16) + abs(-2.5)",
  "floor(pi * 100) / 100",
  "1 / 0",
  "-1 / 0 * 0",
  "0.1 + 0.2",
  "e ^ 2",
  "sin(0) - -3",
  "2 * (3 + ",
  "4 $ 4",
  "1.2.3",
  "x + 1",
  "sqrt 4",
  "3 4",
  "",
];
for (const l of lines) console.log(l.padEnd(22, "."), calc(l));
vars.set("x", 7);
console.log(
  calc("x * x - 1"),
  tokenize("a1+ 2")
    .map((t) => t.kind + ":" + t.text)
    .join(" "),
);
