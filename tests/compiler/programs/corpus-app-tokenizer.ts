// @qemu
// A tokenizer and recursive-descent evaluator for arithmetic expressions, reporting syntax errors
class Token {
  constructor(
    readonly kind: string,
    readonly text: string,
    readonly value: number,
  ) {}
}
function isDigit(ch: string): boolean {
  return (ch >= "0" && ch <= "9") || ch === ".";
}
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src.charAt(i);
    if (ch === " ") {
      i++;
    } else if (isDigit(ch)) {
      let j = i;
      while (j < src.length && isDigit(src.charAt(j))) j++;
      out.push(new Token("num", src.slice(i, j), parseFloat(src.slice(i, j))));
      i = j;
    } else if ("+-*/()".includes(ch)) {
      out.push(new Token(ch === "(" || ch === ")" ? "paren" : "op", ch, 0));
      i++;
    } else {
      throw new SyntaxError(`unexpected '${ch}' at ${i}`);
    }
  }
  return out;
}
class Parser {
  private pos = 0;
  constructor(private tokens: Token[]) {}
  private peek(): string {
    const t = this.tokens[this.pos];
    return t === undefined ? "" : t.text;
  }
  primary(): number {
    const t = this.tokens[this.pos++];
    if (t === undefined) throw new SyntaxError("unexpected end");
    if (t.kind === "num") return t.value;
    if (t.text === "-") return -this.primary();
    if (t.text === "(") {
      const v = this.sum();
      if (this.peek() !== ")") throw new SyntaxError("missing )");
      this.pos++;
      return v;
    }
    throw new SyntaxError(`unexpected ${t.text}`);
  }
  product(): number {
    let v = this.primary();
    while (this.peek() === "*" || this.peek() === "/") {
      const op = this.peek();
      this.pos++;
      v = op === "*" ? v * this.primary() : v / this.primary();
    }
    return v;
  }
  sum(): number {
    let v = this.product();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.peek();
      this.pos++;
      v = op === "+" ? v + this.product() : v - this.product();
    }
    return v;
  }
}
for (const src of [
  "1 + 2 * 3",
  "(1 + 2) * 3",
  "-4 / (2 - 2.5)",
  "10 / 4 - 0.5",
  "2 * (3 + ",
  "7 $ 2",
  "0.1 + 0.2",
  "1 / 0",
]) {
  try {
    console.log(src.padEnd(16), "=", new Parser(tokenize(src)).sum());
  } catch (e) {
    console.log(src.padEnd(16), "!", e instanceof SyntaxError ? e.message : "other");
  }
}
console.log(
  tokenize("12+(3.5)")
    .map((t) => `${t.kind}:${t.text}`)
    .join(","),
);
