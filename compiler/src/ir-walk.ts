// ir-walk.ts: finds the statement lists nested inside an IR statement, for passes that walk every list.
//
// Statements hold their nested lists in different fields (if/loop bodies, switch cases as lists of lists,
// try bodies and handlers). Walking any array-valued field generically means a new statement kind needs no
// change in the passes that use this (emit/volatile-locals.ts, lower/async.ts).
import type { Stmt } from "./ir.ts";

const stmtKinds: ReadonlySet<string> = new Set([
  "line",
  "decl",
  "expr",
  "if",
  "loop",
  "switch",
  "break",
  "continue",
  "return",
  "block",
  "log",
  "panic",
  "noreturn",
  "try",
  "goto",
  "label",
] satisfies Stmt["k"][]);

function isStmt(v: unknown): boolean {
  return typeof v === "object" && v !== null && stmtKinds.has(String((v as { k?: unknown }).k));
}

/** Calls fn on every statement list directly inside a statement's field value (an array of statements, or
 * of statement lists as in switch cases). */
export function nestedStatementLists(value: unknown, fn: (list: Stmt[]) => void): void {
  if (!Array.isArray(value) || value.length === 0) return;
  if (value.every((v) => Array.isArray(v))) {
    for (const v of value) nestedStatementLists(v, fn);
    return;
  }
  if (value.every(isStmt)) fn(value as Stmt[]);
}
