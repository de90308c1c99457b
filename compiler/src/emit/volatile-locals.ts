// volatile-locals.ts: which C locals of a function must be `volatile` because of a try statement.
//
// A `throw` returns to its `try` with longjmp, which restores the registers saved by setjmp: a local that
// is in scope at the try and assigned after it was entered may then read a stale value if the compiler
// kept it in a register (C11 7.13.2.1 makes such locals well defined only when volatile; gcc's
// -Wclobbered, part of -Wextra, reports them). So every local or parameter that is in scope at a try
// and assigned anywhere in the function (not only initialised) is declared volatile. The cost, a memory
// access per use, falls only on functions with a try. Assignments are found by walking the IR
// generically (any object with `k: "assign"` or `"update"`), so new expression kinds need no change here.
import type { Function, Stmt } from "../ir.ts";
import { nestedStatementLists } from "../ir-walk.ts";

/** C names of the locals and parameters of `f` that must be volatile. */
export function volatileLocals(f: Function): ReadonlySet<string> {
  const inScopeAtTry = new Set<string>();
  // A local declared inside a loop is initialised again on every iteration, which gcc counts as an
  // assignment after the try's setjmp of the previous iteration.
  const declaredInLoop = new Set<string>();
  let hasTry = false;
  const visit = (list: readonly Stmt[], scope: readonly string[], inLoop: boolean): void => {
    const names = [...scope];
    for (const s of list) {
      if (s.k === "decl") {
        names.push(s.name);
        if (inLoop) declaredInLoop.add(s.name);
      }
      if (s.k === "try") {
        hasTry = true;
        for (const n of names) inScopeAtTry.add(n);
      }
      for (const value of Object.values(s))
        nestedStatementLists(value, (inner) => visit(inner, names, inLoop || s.k === "loop"));
    }
  };
  visit(
    f.body,
    f.params.map((p) => p.name),
    false,
  );
  if (!hasTry) return new Set();
  const assigned = new Set<string>();
  const collect = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) collect(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const r = node as Record<string, unknown>;
    if ((r.k === "assign" || r.k === "update") && r.global === false && typeof r.name === "string") {
      assigned.add(r.name);
    }
    for (const value of Object.values(r)) collect(value);
  };
  collect(f.body);
  return new Set([...inScopeAtTry].filter((n) => assigned.has(n) || declaredInLoop.has(n)));
}
