// index.ts: the compiler's public API: compile one app file to C, and render diagnostics.
//
// compileApp runs the phases in order — load, TypeScript's diagnostics, the subset check, the state type
// check (one state type, within the stateBytes quota), lowering to IR, C emission — and stops after the
// first phase that reported anything, so no C is produced while an error exists. The exception: the subset
// check also runs after type errors (not syntax errors), and its reports join TypeScript's (see
// diagnostics/merge.ts). It never throws: an unexpected failure inside the compiler becomes diagnostic
// RG9999 naming the file and line being compiled.
import { checkState } from "./check/state-check.ts";
import { checkSubset } from "./check/subset.ts";
import { reportTypeDiagnostics } from "./check/type-diagnostics.ts";
import { catalogue } from "./diagnostics/catalogue.ts";
import { DiagnosticSink, type Diagnostic } from "./diagnostics/diagnostic.ts";
import { mergeSubsetDiagnostics } from "./diagnostics/merge.ts";
import { emitC } from "./emit/emit-c.ts";
import { nodeHost, type CompilerHost } from "./host.ts";
import { loadApp } from "./load.ts";
import { LoweringError, lowerModule } from "./lower/lower.ts";
import type { StateLayout } from "./state/schema.ts";

export type { Diagnostic } from "./diagnostics/diagnostic.ts";
export { formatDiagnostic } from "./diagnostics/format.ts";
export { memoryHost, nodeHost, type CompilerHost } from "./host.ts";
export type { StateField, StateLayout, StateScalar } from "./state/schema.ts";

export interface CompileOptions {
  /** path of the app's .ts file, as it should appear in diagnostics and #line directives */
  readonly file: string;
  /** C identifier suffix of the app's one external symbol, rg_app_code_<moduleId> */
  readonly moduleId: string;
  readonly host?: CompilerHost;
  /** the app's state quota from app.json; when given, a state type that cannot fit is an error (RG1030) */
  readonly stateBytes?: number;
  /** bytes of the app's garbage-collected heap (app.json `heapBytes`); only apps that allocate get one */
  readonly heapBytes?: number;
}

/** The heap an app gets when app.json does not say: the same default as app.json's `heapBytes`
 * (tools/src/build/app.schema.json), so a direct compileApp call builds what `regen build` builds. */
export const defaultHeapBytes = 8192;

export type CompileResult =
  | {
      readonly ok: true;
      readonly c: string;
      /** the app's state type as saved (field paths, kinds, offsets, schema hash), if it keeps state */
      readonly state: StateLayout | undefined;
    }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

export function compileApp(options: CompileOptions): CompileResult {
  const sink = new DiagnosticSink(options.file);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(options.moduleId)) {
    sink.atRange(
      "internal",
      undefined,
      0,
      0,
      `module id \`${options.moduleId}\` is not a C identifier`,
      "use letters, digits and _ only",
    );
    return { ok: false, diagnostics: sink.diagnostics };
  }
  const text = (options.host ?? nodeHost).readFile(options.file);
  if (text === undefined) {
    sink.atRange("fileNotFound", undefined, 0, 0, `cannot read ${options.file}`);
    return { ok: false, diagnostics: sink.diagnostics };
  }
  let stage = "loading";
  let app: ReturnType<typeof loadApp> | undefined;
  try {
    app = loadApp(options.host ?? nodeHost, text);
    stage = "type checking";
    reportTypeDiagnostics(app, sink);
    // The subset check runs even after type errors: without lib types, a construct outside the subset
    // (an array, an async function) often shows up first as a type error, and the subset report says
    // what to write instead. A syntax error leaves the tree too unreliable to check further.
    if (!sink.diagnostics.some((d) => d.code === catalogue.syntaxError.code)) {
      stage = "checking the subset";
      const subset = new DiagnosticSink(options.file);
      checkSubset(app.sourceFile, app.checker, subset);
      mergeSubsetDiagnostics(sink.diagnostics, subset.diagnostics);
    }
    if (sink.hasErrors) return { ok: false, diagnostics: sink.diagnostics };
    stage = "checking the state type";
    const state = checkState(app.sourceFile, app.checker, sink, options.stateBytes);
    if (sink.hasErrors) return { ok: false, diagnostics: sink.diagnostics };
    stage = "lowering";
    const module = lowerModule(app.sourceFile, app.checker, {
      sourcePath: options.file,
      moduleId: options.moduleId,
      state,
      heapBytes: options.heapBytes ?? defaultHeapBytes,
    });
    stage = "emitting C";
    return { ok: true, c: emitC(module), state };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (error instanceof LoweringError && app !== undefined) {
      sink.atNode("internal", error.node, `internal compiler error while ${stage}: ${detail}`);
    } else {
      sink.atRange("internal", app?.sourceFile, 0, 0, `internal compiler error while ${stage}: ${detail}`);
    }
    return { ok: false, diagnostics: sink.diagnostics };
  }
}
