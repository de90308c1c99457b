// mutate.ts: makes a new program from a corpus program by a few random source-level edits.
//
// The program is parsed with TypeScript (syntax only), and each edit works on the text ranges of the
// nodes it picks: delete, duplicate or swap statements, wrap one in a loop, callback, function or try,
// replace an expression, an operator or a type, insert a snippet or a statement from another program,
// or cut the file at a random point. Edits may well produce nonsense; that is the point — the compiler
// must answer nonsense with diagnostics, never with a crash.
import { ts } from "ts-morph";

import type { Random } from "./random.ts";
import {
  expressionSnippets,
  operatorSnippets,
  statementSnippets,
  topLevelSnippets,
  typeSnippets,
} from "./snippets.ts";

interface Parsed {
  readonly file: ts.SourceFile;
  readonly statements: ts.Statement[];
  /** statement lists with at least two entries, for swaps */
  readonly lists: (readonly ts.Statement[])[];
  readonly expressions: ts.Expression[];
  readonly operators: ts.BinaryOperatorToken[];
  readonly types: ts.TypeNode[];
}

function parse(text: string): Parsed {
  const file = ts.createSourceFile("mutant.ts", text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const parsed: Parsed = { file, statements: [], lists: [], expressions: [], operators: [], types: [] };
  const visit = (node: ts.Node): void => {
    if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
      if (node.statements.length >= 2) parsed.lists.push(node.statements);
    }
    if (ts.isStatement(node) && !ts.isBlock(node)) parsed.statements.push(node);
    if (ts.isBinaryExpression(node)) parsed.operators.push(node.operatorToken);
    if (ts.isTypeNode(node)) parsed.types.push(node);
    if (ts.isExpression(node) && !isNameSlot(node)) parsed.expressions.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return parsed;
}

/** An identifier that names something (a declaration, a property after `.`) rather than being a value. */
function isNameSlot(node: ts.Node): boolean {
  const parent = node.parent as (ts.Node & { name?: ts.Node }) | undefined;
  return ts.isIdentifier(node) && parent !== undefined && parent.name === node;
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function range(p: Parsed, node: ts.Node): [number, number] {
  return [node.getStart(p.file), node.getEnd()];
}

type Mutation = (text: string, p: Parsed, random: Random, donors: readonly string[]) => string | undefined;

const wrappers: readonly ((body: string) => string)[] = [
  (b) => `for (let k = 0; k < 2; k++) { ${b} }`,
  (b) => `setTimeout(() => { ${b} }, 1);`,
  (b) => `function wrapped(): void { ${b} }`,
  (b) => `if (true) { ${b} }`,
  (b) => `while (true) { ${b} break; }`,
  (b) => `try { ${b} } catch (e) { console.log(1); }`,
  (b) => `const cb = () => { ${b} };`,
  (b) => `class W { m(): void { ${b} } }`,
  (b) => `label: { ${b} }`,
  (b) => `switch (1) { case 1: ${b} }`,
];

const mutations: readonly Mutation[] = [
  function deleteStatement(text, p, random) {
    if (p.statements.length === 0) return undefined;
    const [start, end] = range(p, random.pick(p.statements));
    return splice(text, start, end, "");
  },
  function duplicateStatement(text, p, random) {
    if (p.statements.length === 0) return undefined;
    const [start, end] = range(p, random.pick(p.statements));
    return splice(text, end, end, `\n${text.slice(start, end)}`);
  },
  function swapStatements(text, p, random) {
    if (p.lists.length === 0) return undefined;
    const list = random.pick(p.lists);
    const i = random.int(list.length);
    let j = random.int(list.length - 1);
    if (j >= i) j++;
    const [first, second] = i < j ? [list[i], list[j]] : [list[j], list[i]];
    if (first === undefined || second === undefined) return undefined;
    const [s1, e1] = range(p, first);
    const [s2, e2] = range(p, second);
    return text.slice(0, s1) + text.slice(s2, e2) + text.slice(e1, s2) + text.slice(s1, e1) + text.slice(e2);
  },
  function wrapStatement(text, p, random) {
    if (p.statements.length === 0) return undefined;
    const [start, end] = range(p, random.pick(p.statements));
    return splice(text, start, end, random.pick(wrappers)(text.slice(start, end)));
  },
  function replaceExpression(text, p, random) {
    if (p.expressions.length === 0) return undefined;
    const [start, end] = range(p, random.pick(p.expressions));
    // Half the time an expression from the same program (same names, plausible types), else a snippet.
    const donor = random.chance(0.5) ? random.pick(p.expressions) : undefined;
    const insert = donor !== undefined ? text.slice(...range(p, donor)) : random.pick(expressionSnippets);
    return splice(text, start, end, insert);
  },
  function replaceOperator(text, p, random) {
    if (p.operators.length === 0) return undefined;
    const [start, end] = range(p, random.pick(p.operators));
    return splice(text, start, end, random.pick(operatorSnippets));
  },
  function changeType(text, p, random) {
    if (p.types.length === 0) return undefined;
    const [start, end] = range(p, random.pick(p.types));
    return splice(text, start, end, random.pick(typeSnippets));
  },
  function insertSnippet(text, p, random) {
    const snippet = random.pick(statementSnippets);
    if (p.statements.length === 0 || random.chance(0.2)) return `${text}\n${snippet}\n`;
    const [start] = range(p, random.pick(p.statements));
    return splice(text, start, start, `${snippet}\n`);
  },
  function insertTopLevel(text, _p, random) {
    const snippet = random.pick(topLevelSnippets);
    return random.chance(0.5) ? `${snippet}\n${text}` : `${text}\n${snippet}\n`;
  },
  function spliceFromOther(text, p, random, donors) {
    const other = parse(random.pick(donors));
    if (other.statements.length === 0) return undefined;
    const piece = other.file.text.slice(...range(other, random.pick(other.statements)));
    if (p.statements.length === 0) return `${text}\n${piece}\n`;
    const [start] = range(p, random.pick(p.statements));
    return splice(text, start, start, `${piece}\n`);
  },
  function truncate(text, _p, random) {
    return text.slice(0, random.int(text.length + 1));
  },
];

/** Applies 1–4 random edits to `text`; `donors` are other corpus programs to borrow statements from. */
export function mutateProgram(text: string, random: Random, donors: readonly string[]): string {
  let current = text;
  const count = random.between(1, 4);
  for (let applied = 0, attempts = 0; applied < count && attempts < 20; attempts++) {
    const next = random.pick(mutations)(current, parse(current), random, donors);
    if (next === undefined) continue;
    current = next;
    applied++;
  }
  return current;
}
