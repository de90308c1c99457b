// expressions.ts: fast-check arbitraries for random expressions, rendered as TypeScript source.
//
// The property test prints each generated expression with console.log under Node and compiled, so every
// expression must type-check in the subset: numbers from literals (-0, NaN, Infinity, fractions, huge and
// tiny values) and from `let` variables, the arithmetic, bitwise and integer operators, comparisons,
// `&&`/`||`/`!`, ternaries; and, in the opt-in families, Math calls, strings and arrays. Expressions are
// trees first, so a failing one can be cut into its sub-expressions to find the smallest that differs.
import fc from "fast-check";

export type Family = "numbers" | "math" | "strings" | "arrays";

export type Expr =
  | { readonly k: "lit"; readonly text: string }
  | { readonly k: "var"; readonly name: string }
  | { readonly k: "unary"; readonly op: string; readonly e: Expr }
  | { readonly k: "binary"; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly k: "cond"; readonly c: Expr; readonly a: Expr; readonly b: Expr }
  | { readonly k: "call"; readonly f: string; readonly args: readonly Expr[] }
  | { readonly k: "method"; readonly self: Expr; readonly name: string; readonly args: readonly Expr[] }
  | { readonly k: "template"; readonly parts: readonly Expr[] }
  | { readonly k: "array"; readonly items: readonly Expr[] };

/** The `regen` conversions; their results are branded integer types. */
const integerConversions = ["i32", "u32", "u8"];

/** Renders a double as a literal the parser reads back exactly (negative ones in parentheses). */
export function numberLiteral(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (Object.is(x, -0)) return "(-0)";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "(-Infinity)";
  return x < 0 ? `(${String(x)})` : String(x);
}

export function render(e: Expr): string {
  switch (e.k) {
    case "lit":
      return e.text;
    case "var":
      return e.name;
    case "unary":
      return `(${e.op}${render(e.e)})`;
    case "binary":
      // `f(x) << ((a > b) ? 1 : 2)` is valid JavaScript that TypeScript parses as type arguments
      // (`f<<…>(…)`); `0 + ` after `<` and `<<` keeps the value (a shift count or a comparison operand).
      if (e.op === "<" || e.op === "<<") return `(${render(e.l)} ${e.op} 0 + ${render(e.r)})`;
      return `(${render(e.l)} ${e.op} ${render(e.r)})`;
    case "cond":
      return `(${render(e.c)} ? ${branch(e.a)} : ${branch(e.b)})`;
    case "call":
      return `${e.f}(${e.args.map(render).join(", ")})`;
    case "method":
      return `${render(e.self)}.${e.name}(${e.args.map(render).join(", ")})`;
    case "template":
      return `\`${e.parts.map((p) => (p.k === "lit" && p.text.startsWith('"') ? JSON.parse(p.text) : `\${${render(p)}}`)).join("")}\``;
    case "array":
      return `[${e.items.map(branch).join(", ")}]`;
  }
}

/**
 * A ternary's branches and an array's items need one type: an i32/u32/u8 conversion joins the others as
 * a plain number.
 */
function branch(e: Expr): string {
  return e.k === "call" && integerConversions.includes(e.f) ? `(${render(e)} + 0)` : render(e);
}

/** Every sub-expression of `e` (itself first), for narrowing a difference down. */
export function subExpressions(e: Expr): Expr[] {
  const children = ((): readonly Expr[] => {
    switch (e.k) {
      case "lit":
      case "var":
        return [];
      case "unary":
        return [e.e];
      case "binary":
        return [e.l, e.r];
      case "cond":
        return [e.c, e.a, e.b];
      case "call":
        return e.args;
      case "method":
        return [e.self, ...e.args];
      case "template":
        return e.parts;
      case "array":
        return e.items;
    }
  })();
  return [e, ...children.flatMap(subExpressions)];
}

/** The program's variables: `let` so their reads are not constant-folded by TypeScript's literal types. */
export const variables: readonly { name: string; value: number }[] = [
  { name: "va", value: 0 },
  { name: "vb", value: -0 },
  { name: "vc", value: 1 },
  { name: "vd", value: -7.5 },
  { name: "ve", value: NaN },
  { name: "vf", value: Infinity },
  { name: "vg", value: 2 ** 31 },
  { name: "vh", value: 0.1 },
  { name: "vi", value: 1e21 },
  { name: "vj", value: 5e-324 },
];

const special = [0, -0, 1, -1, 2, 3, 0.5, 0.1, 0.2, 1 / 3, 1e21, 1e-7, 123.456, 2 ** 31, 2 ** 32, 2 ** 53];
const specialLiterals = [
  ...special.map(numberLiteral),
  "NaN",
  "Infinity",
  "(-Infinity)",
  "5e-324",
  "1.7976931348623157e308",
];

const numberLeaf: fc.Arbitrary<Expr> = fc.oneof(
  fc.constantFrom(...specialLiterals).map((text): Expr => ({ k: "lit", text })),
  fc.integer({ min: -1000, max: 1000 }).map((n): Expr => ({ k: "lit", text: numberLiteral(n) })),
  fc.double().map((x): Expr => ({ k: "lit", text: numberLiteral(x) })),
  fc.constantFrom(...variables.map((v) => v.name)).map((name): Expr => ({ k: "var", name })),
);

const arithmetic = ["+", "-", "*", "/", "%", "**"];
const bitwise = ["&", "|", "^", "<<", ">>", ">>>"];
const comparisons = ["<", ">", "<=", ">=", "===", "!=="];
const mathUnary = [
  "abs",
  "acos",
  "acosh",
  "asin",
  "asinh",
  "atan",
  "atanh",
  "cbrt",
  "ceil",
  "clz32",
  "cos",
  "cosh",
  "exp",
  "expm1",
  "floor",
  "fround",
  "log",
  "log10",
  "log1p",
  "log2",
  "round",
  "sign",
  "sin",
  "sinh",
  "sqrt",
  "tan",
  "tanh",
  "trunc",
];
const mathBinary = ["atan2", "pow", "imul", "max", "min", "hypot"];

interface Tree {
  readonly num: fc.Arbitrary<Expr>;
  readonly bool: fc.Arbitrary<Expr>;
  readonly str: fc.Arbitrary<Expr>;
}

/**
 * A comparison operand must have the type `number`: TypeScript rejects comparing two literal types (`1`,
 * `c ? 1 : 2`) or two integer brands (`i32(a) === u32(b)`) that have no overlap. Arithmetic already gives
 * `number`; anything else gets `+ va` (va is 0, and a comparison does not see -0 and 0 apart).
 */
const comparable = (e: Expr): Expr =>
  e.k === "binary" && (arithmetic.includes(e.op) || bitwise.includes(e.op))
    ? e
    : { k: "binary", op: "+", l: e, r: { k: "var", name: "va" } };

function tree(families: ReadonlySet<Family>): Tree {
  return fc.letrec<{ num: Expr; bool: Expr; str: Expr }>((tie) => {
    const num = tie("num") as fc.Arbitrary<Expr>;
    const bool = tie("bool") as fc.Arbitrary<Expr>;
    const str = tie("str") as fc.Arbitrary<Expr>;
    const numberForms: fc.Arbitrary<Expr>[] = [
      numberLeaf,
      fc
        .record({ op: fc.constantFrom(...arithmetic), l: num, r: num })
        .map((b): Expr => ({ k: "binary", ...b })),
      fc
        .record({ op: fc.constantFrom(...bitwise), l: num, r: num })
        .map((b): Expr => ({ k: "binary", ...b })),
      fc.record({ op: fc.constantFrom("-", "~"), e: num }).map((u): Expr => ({ k: "unary", ...u })),
      fc.record({ c: bool, a: num, b: num }).map((c): Expr => ({ k: "cond", ...c })),
      fc
        .record({ f: fc.constantFrom("i32", "u32", "u8"), e: num })
        .map((c): Expr => ({ k: "call", f: c.f, args: [c.e] })),
    ];
    if (families.has("math")) {
      numberForms.push(
        fc
          .record({ f: fc.constantFrom(...mathUnary), e: num })
          .map((c): Expr => ({ k: "call", f: `Math.${c.f}`, args: [c.e] })),
        fc
          .record({ f: fc.constantFrom(...mathBinary), a: num, b: num })
          .map((c): Expr => ({ k: "call", f: `Math.${c.f}`, args: [c.a, c.b] })),
      );
    }
    if (families.has("strings")) {
      numberForms.push(
        fc.record({ s: str, needle: fc.constantFrom('"a"', '"b"', '""', '"ab"') }).map((m): Expr => ({
          k: "method",
          self: m.s,
          name: "indexOf",
          args: [{ k: "lit", text: m.needle }],
        })),
      );
    }
    const stringLeaf = fc
      .constantFrom('"a"', '"b"', '"ab"', '""', '"Hello, World"', '"  pad  "', '"é"')
      .map((text): Expr => ({ k: "lit", text }));
    const smallInt = fc.integer({ min: -3, max: 8 }).map((n): Expr => ({ k: "lit", text: numberLiteral(n) }));
    return {
      num: fc.oneof({ depthSize: "small", withCrossShrink: true }, ...numberForms),
      bool: fc.oneof(
        { depthSize: "small" },
        fc.constantFrom("true", "false").map((text): Expr => ({ k: "lit", text })),
        fc
          .record({ op: fc.constantFrom(...comparisons), l: num, r: num })
          .map((b): Expr => ({ k: "binary", op: b.op, l: comparable(b.l), r: comparable(b.r) })),
        fc
          .record({ op: fc.constantFrom("&&", "||"), l: bool, r: bool })
          .map((b): Expr => ({ k: "binary", ...b })),
        bool.map((e): Expr => ({ k: "unary", op: "!", e })),
      ),
      str: fc.oneof(
        { depthSize: "small" },
        stringLeaf,
        fc.record({ l: str, r: str }).map((b): Expr => ({ k: "binary", op: "+", l: b.l, r: b.r })),
        fc.record({ l: str, r: num }).map((b): Expr => ({ k: "binary", op: "+", l: b.l, r: b.r })),
        fc
          .array(fc.oneof(stringLeaf, num), { minLength: 1, maxLength: 3 })
          .map((parts): Expr => ({ k: "template", parts })),
        fc
          .record({ s: str, a: smallInt, b: smallInt })
          .map((m): Expr => ({ k: "method", self: m.s, name: "slice", args: [m.a, m.b] })),
        fc.record({ s: str, n: smallInt }).map((m): Expr => ({
          k: "method",
          self: m.s,
          name: "padStart",
          args: [m.n, { k: "lit", text: '"*"' }],
        })),
        str.map((s): Expr => ({ k: "method", self: s, name: "toUpperCase", args: [] })),
        str.map((s): Expr => ({ k: "method", self: s, name: "trim", args: [] })),
      ),
    };
  });
}

/** One printable case: a number, a boolean, or (opt-in) a string or an array joined to a string. */
export function caseArbitrary(families: ReadonlySet<Family>): fc.Arbitrary<Expr> {
  const t = tree(families);
  const forms: fc.Arbitrary<Expr>[] = [t.num, t.num, t.bool];
  if (families.has("strings")) forms.push(t.str);
  if (families.has("arrays")) {
    // Never empty: `[]` has the element type never, and `[].indexOf(1)` does not type-check.
    const items = fc.array(t.num, { minLength: 1, maxLength: 5 });
    const array = items.map((xs): Expr => ({ k: "array", items: xs }));
    forms.push(
      array.map((a): Expr => ({ k: "method", self: a, name: "join", args: [{ k: "lit", text: '","' }] })),
      array.map((a): Expr => ({
        k: "method",
        self: { k: "method", self: a, name: "map", args: [{ k: "lit", text: "(x: number) => x * 2" }] },
        name: "join",
        args: [{ k: "lit", text: '"|"' }],
      })),
      array.map((a): Expr => ({
        k: "method",
        self: { k: "method", self: a, name: "filter", args: [{ k: "lit", text: "(x: number) => x > 0" }] },
        name: "join",
        args: [],
      })),
      fc
        .record({ a: array, x: t.num })
        .map((m): Expr => ({ k: "method", self: m.a, name: "indexOf", args: [m.x] })),
    );
  }
  return fc.oneof(...forms);
}

/** The program for `cases`: the variables, then one console.log per case, in order. */
export function programFor(cases: readonly Expr[]): string {
  const lines = ['import { i32, u32, u8 } from "regen";'];
  for (const v of variables) lines.push(`let ${v.name}: number = ${numberLiteral(v.value)};`);
  for (const c of cases) lines.push(`console.log(${render(c)});`);
  return `${lines.join("\n")}\n`;
}
