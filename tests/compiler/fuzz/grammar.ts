// grammar.ts: generates whole programs from a small typed grammar of the subset.
//
// The generator tracks which names are in scope and their types, so most programs type-check and reach
// lowering and C emission (the mutator's programs mostly end in diagnostics). A few productions reach
// past today's subset (strings, arrays, closures, classes, Map) on purpose: they must give diagnostics
// now and C once the compiler grows, never a crash. Nothing generated is run, so loops may be endless.
import type { Random } from "./random.ts";

type Kind = "number" | "boolean" | "i32" | "u8" | "Point";

interface Variable {
  readonly name: string;
  readonly kind: Kind;
  readonly mutable: boolean;
}

interface FunctionInfo {
  readonly name: string;
  readonly params: readonly Kind[];
  readonly returns: Kind | "void";
}

const numberLiterals = [
  "0",
  "1",
  "2",
  "3",
  "0.5",
  "10",
  "255",
  "1e21",
  "1.5e-7",
  "-0",
  "NaN",
  "Infinity",
  "7",
];
const numberOperators = ["+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"];
const comparisons = ["<", ">", "<=", ">=", "===", "!=="];
const printableKinds: readonly Kind[] = ["number", "boolean", "i32", "u8"];
const compound = ["+=", "-=", "*=", "/=", "%=", "|=", "&=", "<<="];

/** Reaches past today's subset: each must end in C or diagnostics. */
const stretchStatements: readonly string[] = [
  "const words: string[] = ['a', 'b']; console.log(words.join('-'));",
  "let text = 'n=' + 1; console.log(text);",
  "const add = (a: number): number => a + 1; console.log(add(2));",
  "class Counter { n = 0; inc(): void { this.n++; } } const cc = new Counter(); cc.inc();",
  "const mm = new Map<string, number>(); mm.set('k', 1); console.log(mm.size);",
  "try { console.log(1); } catch (e) { console.log(2); }",
  "const list = [3, 1, 2]; list.sort((a, b) => a - b); console.log(list[0] ?? 0);",
  "console.log(`${[1, 2].map((x) => x * 2)}`);",
];

export function generateProgram(random: Random): string {
  return new ProgramGenerator(random).program();
}

class ProgramGenerator {
  private readonly scopes: Variable[][] = [[]];
  private readonly functions: FunctionInfo[] = [];
  private counter = 0;
  private depth = 0;
  private inFunction: FunctionInfo | undefined;
  private loops = 0;

  constructor(private readonly random: Random) {}

  program(): string {
    const lines = ['import { i32, u8, u32, exit } from "regen";', "interface Point { x: number; y: number }"];
    for (let i = this.random.int(4); i > 0; i--) lines.push(this.declaration(true));
    for (let i = this.random.int(4); i > 0; i--) lines.push(this.functionDeclaration());
    for (let i = this.random.between(2, 8); i > 0; i--) lines.push(this.statement());
    if (this.random.chance(0.3))
      lines.push(`setTimeout(() => { ${this.statement()} }, ${this.random.int(50)});`);
    if (this.random.chance(0.15)) lines.push(this.random.pick(stretchStatements));
    if (this.random.chance(0.2)) lines.push(`exit(${this.random.int(3)});`);
    return `${lines.join("\n")}\n`;
  }

  private fresh(prefix: string): string {
    return `${prefix}${this.counter++}`;
  }

  private visible(kind: Kind, mutableOnly = false): Variable[] {
    return this.scopes.flat().filter((v) => v.kind === kind && (!mutableOnly || v.mutable));
  }

  private kind(): Kind {
    return this.random.pick<Kind>(["number", "number", "number", "boolean", "i32", "u8", "Point"]);
  }

  private declaration(topLevel: boolean): string {
    const kind = this.kind();
    const mutable = this.random.chance(0.6);
    const name = this.fresh(topLevel ? "g" : "v");
    // A const without a type would get a literal type (`7`), and TypeScript rejects comparing two literals.
    const annotate =
      !mutable || kind === "Point" || kind === "i32" || kind === "u8" || this.random.chance(0.4);
    const text = `${mutable ? "let" : "const"} ${name}${annotate ? `: ${kind}` : ""} = ${this.expression(kind)};`;
    this.scopes[this.scopes.length - 1]?.push({ name, kind, mutable });
    return text;
  }

  private functionDeclaration(): string {
    const params = Array.from({ length: this.random.int(3) }, () => this.kind()).filter((k) => k !== "Point");
    const returns = this.random.chance(0.3) ? "void" : this.kind();
    const info: FunctionInfo = { name: this.fresh("f"), params, returns };
    this.scopes.push(params.map((kind, i) => ({ name: `p${i}`, kind, mutable: true })));
    this.inFunction = info;
    const body: string[] = [];
    for (let i = this.random.between(1, 4); i > 0; i--) body.push(this.statement());
    if (returns !== "void") body.push(`return ${this.expression(returns)};`);
    this.inFunction = undefined;
    this.scopes.pop();
    // Declared after its body: only earlier functions are callable, so recursion never needs a forward name.
    this.functions.push(info);
    const signature = params.map((k, i) => `p${i}: ${k}`).join(", ");
    return `function ${info.name}(${signature}): ${returns} {\n  ${body.join("\n  ")}\n}`;
  }

  private block(): string {
    this.scopes.push([]);
    this.depth++;
    const body: string[] = [];
    for (let i = this.random.between(1, 3); i > 0; i--) body.push(this.statement());
    this.depth--;
    this.scopes.pop();
    return `{ ${body.join(" ")} }`;
  }

  private statement(): string {
    const nested = this.depth < 3;
    const choice = this.random.int(nested ? 12 : 6);
    switch (choice) {
      case 0:
      case 1:
        return this.declaration(false);
      case 2:
        return `console.log(${this.printable()});`;
      case 3:
        return this.assignment();
      case 4: {
        const callable = this.functions.filter((f) => f.returns === "void");
        if (callable.length === 0) return `console.log(${this.printable()});`;
        return `${this.call(this.random.pick(callable))};`;
      }
      case 5:
        if (this.loops > 0 && this.random.chance(0.5)) return this.random.pick(["break;", "continue;"]);
        if (this.inFunction?.returns === "void") return "return;";
        return `console.log(\`t ${"${"}${this.expression(this.random.pick(printableKinds))}} x\`);`;
      case 6:
      case 7:
        return `if (${this.expression("boolean")}) ${this.block()}${this.random.chance(0.5) ? ` else ${this.block()}` : ""}`;
      case 8: {
        this.loops++;
        const k = this.fresh("k");
        this.scopes.push([{ name: k, kind: "number", mutable: true }]);
        const text = `for (let ${k} = 0; ${k} < ${this.random.int(5)}; ${k}++) ${this.block()}`;
        this.scopes.pop();
        this.loops--;
        return text;
      }
      case 9: {
        this.loops++;
        const text = `while (${this.expression("boolean")}) ${this.block()}`;
        this.loops--;
        return text;
      }
      case 10: {
        const cases = Array.from(
          { length: this.random.between(1, 3) },
          (_, i) => `case ${i}: ${this.block()} break;`,
        );
        return `switch (${this.comparable()}) { ${cases.join(" ")} default: ${this.block()} }`;
      }
      default:
        return this.block();
    }
  }

  private assignment(): string {
    const kind = this.kind();
    const targets = this.visible(kind, true);
    if (targets.length === 0) return this.declaration(false);
    const target = this.random.pick(targets).name;
    if (kind === "number" && this.random.chance(0.4)) {
      return this.random.chance(0.5)
        ? `${target}${this.random.pick(["++", "--"])};`
        : `${target} ${this.random.pick(compound)} ${this.expression("number")};`;
    }
    if (kind === "Point" && this.random.chance(0.5)) {
      return `${target}.${this.random.pick(["x", "y"])} = ${this.expression("number")};`;
    }
    return `${target} = ${this.expression(kind)};`;
  }

  private printable(): string {
    const count = this.random.between(1, 3);
    return Array.from({ length: count }, () => this.expression(this.random.pick(printableKinds))).join(", ");
  }

  /** An operand of a comparison or switch: never a bare literal, which TypeScript would type as itself. */
  private comparable(): string {
    return `(${this.expression("number")} + 0)`;
  }

  private call(f: FunctionInfo): string {
    return `${f.name}(${f.params.map((k) => this.expression(k)).join(", ")})`;
  }

  private expression(kind: Kind): string {
    this.depth++;
    const text = this.expressionOf(kind, this.depth > 4);
    this.depth--;
    return text;
  }

  private expressionOf(kind: Kind, leaf: boolean): string {
    // An object variable is never read whole: regen copies objects where JavaScript would share them.
    const variables = kind === "Point" ? [] : this.visible(kind);
    if (variables.length > 0 && this.random.chance(0.35)) return this.random.pick(variables).name;
    const calls = this.functions.filter((f) => f.returns === kind);
    if (!leaf && calls.length > 0 && this.random.chance(0.15)) return this.call(this.random.pick(calls));
    switch (kind) {
      case "number": {
        if (leaf || this.random.chance(0.3)) {
          const points = this.visible("Point");
          if (points.length > 0 && this.random.chance(0.2)) return `${this.random.pick(points).name}.x`;
          const literal = this.random.pick(numberLiterals);
          // `-0 ** 2` is a syntax error: a negative literal goes in parentheses.
          return literal.startsWith("-") ? `(${literal})` : literal;
        }
        const pick = this.random.int(5);
        if (pick === 0) return `(-(${this.expression("number")}))`;
        if (pick === 1)
          return `(${this.expression("boolean")} ? ${this.expression("number")} : ${this.expression("number")})`;
        if (pick === 2) return `(${this.expression("i32")} + ${this.expression("u8")})`;
        return `(${this.expression("number")} ${this.random.pick(numberOperators)} ${this.expression("number")})`;
      }
      case "boolean": {
        if (leaf || this.random.chance(0.25)) return this.random.pick(["true", "false"]);
        const pick = this.random.int(4);
        if (pick === 0) return `!(${this.expression("boolean")})`;
        if (pick === 1)
          return `(${this.expression("boolean")} ${this.random.pick(["&&", "||"])} ${this.expression("boolean")})`;
        return `(${this.comparable()} ${this.random.pick(comparisons)} ${this.comparable()})`;
      }
      case "i32":
        return `i32(${leaf ? this.random.pick(numberLiterals) : this.expression("number")})`;
      case "u8":
        return `u8(${leaf ? this.random.pick(numberLiterals) : this.expression("number")})`;
      case "Point":
        return `{ x: ${this.expression("number")}, y: ${this.expression("number")} }`;
    }
  }
}
