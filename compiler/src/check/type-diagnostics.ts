// type-diagnostics.ts: TypeScript's own syntax and type errors, as regen diagnostics.
//
// They come first: the subset check and the lowering assume a program that type-checks. Syntax errors get
// RG0002, type errors RG0001, and "Cannot find name" for well-known JavaScript globals that regen leaves out
// (Math, JSON, eval, ...) gets RG0004 with a hint, because with `noLib` that is how using them shows up.
import { ts } from "ts-morph";

import type { DiagnosticSink } from "../diagnostics/diagnostic.ts";
import type { LoadedApp } from "../load.ts";

/** TypeScript's "Cannot find name 'x'" family. */
const cannotFindName = new Set([2304, 2552, 2580, 2581, 2582, 2583, 2584, 2591, 2592, 2593]);

const knownMissing: Readonly<Record<string, string>> = {
  eval: "eval is not available: regen compiles the app ahead of time",
  Function: "the Function constructor is not available: regen compiles the app ahead of time",
  Math: "Math is not available yet; use the operators (`**`, `%`) or write the function",
  JSON: "JSON is not available",
  require: 'require is not available; import from "regen"',
  process: 'process is not available; use exit() from "regen"',
  Date: 'Date is not available; use now() from "regen"',
  Promise: "promises are not available; use setTimeout",
  undefined: "undefined is not a value in regen's subset",
  Array: "arrays are not supported yet",
  Object: "Object is not available",
  String: "String is not available; print values with console.log",
  Number: "Number is not available",
  parseInt: "parseInt is not available",
  parseFloat: "parseFloat is not available",
};

export function reportTypeDiagnostics(app: LoadedApp, sink: DiagnosticSink): void {
  const syntactic = app.program.getSyntacticDiagnostics(app.sourceFile);
  for (const d of syntactic) report(d, "syntaxError", app, sink);
  if (syntactic.length > 0) return;
  for (const d of app.program.getSemanticDiagnostics(app.sourceFile)) report(d, "typeError", app, sink);
  for (const d of app.program.getGlobalDiagnostics()) report(d, "typeError", app, sink);
}

function report(
  d: ts.Diagnostic,
  key: "syntaxError" | "typeError",
  app: LoadedApp,
  sink: DiagnosticSink,
): void {
  const message = ts.flattenDiagnosticMessageText(d.messageText, "\n").split("\n")[0] ?? "";
  const start = d.start ?? 0;
  const end = start + (d.length ?? 1);
  const inApp = d.file === app.sourceFile;
  const sourceFile = inApp ? app.sourceFile : undefined;
  if (cannotFindName.has(d.code) && sourceFile !== undefined) {
    const name = sourceFile.text.slice(start, end);
    const known = knownMissing[name];
    if (known !== undefined) {
      sink.atRange("notAvailable", sourceFile, start, end, known);
      return;
    }
  }
  sink.atRange(key, sourceFile, start, end, `${message} (TS${d.code})`);
}
