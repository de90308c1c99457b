// merge.ts: combines TypeScript's diagnostics with the subset check's, dropping TS ones the subset explains.
//
// compiler/lib declares no Array or Promise members, so a construct outside the subset often also fails to
// type-check (`a.length` is TS2339, `a[0]` TS7053, `async` needs the global type Promise). The subset
// diagnostic names the construct and says what to write instead; the type error is only its consequence.
// The rule: a type error (RG0001) is dropped when a subset diagnostic covers its range — same line, and the
// type error's columns lie within the subset diagnostic's — and a type error without a location (a global
// one, such as "Cannot find global type 'Promise'") is dropped when the subset check reported anything,
// because with regen's lib such errors only come from constructs that need a missing library type. RG0004 (a
// missing global) is dropped only when a subset diagnostic covers it (`eval` has its own, better one). Syntax
// errors are always kept. TS diagnostics stay first.
import { catalogue } from "./catalogue.ts";
import type { Diagnostic } from "./diagnostic.ts";

export function mergeSubsetDiagnostics(typeDiagnostics: Diagnostic[], subset: readonly Diagnostic[]): void {
  if (subset.length === 0) return;
  const covered = (d: Diagnostic): boolean =>
    subset.some(
      (s) => s.line === d.line && s.column <= d.column && d.column + d.length <= s.column + s.length,
    );
  const explained = (d: Diagnostic): boolean =>
    (d.code === catalogue.typeError.code && (d.line === 0 || covered(d))) ||
    (d.code === catalogue.notAvailable.code && d.line !== 0 && covered(d));
  const kept = typeDiagnostics.filter((d) => !explained(d));
  typeDiagnostics.splice(0, typeDiagnostics.length, ...kept, ...subset);
}
