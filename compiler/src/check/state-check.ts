// state-check.ts: finds the app's state type (from loadState/saveState calls) and checks it against the quota.
//
// An app keeps one state blob, so every loadState<T>() and saveState<T>(…) must name the same declared
// object type; it becomes the app's state type, whose layout and schema hash the lowering and the CLI use.
// When the app's stateBytes quota is known and the encoded size exceeds it, compilation fails here (RG1030)
// rather than every save failing on the device.
import { ts } from "ts-morph";

import type { DiagnosticSink } from "../diagnostics/diagnostic.ts";
import { stateLayout, type StateLayout } from "../state/schema.ts";
import { calleeBuiltin } from "./resolve.ts";
import { structTable } from "./struct-types.ts";

/** The TypeScript type a loadState/saveState call works on (its `T`). */
function stateTsType(call: ts.CallExpression, checker: ts.TypeChecker): ts.Type | undefined {
  const builtin = calleeBuiltin(call.expression, checker);
  // loadState<T>() returns `T | undefined`.
  if (builtin === "loadState") return checker.getNonNullableType(checker.getTypeAtLocation(call));
  const signature = checker.getResolvedSignature(call);
  const parameter = signature?.getParameters()[0];
  return parameter === undefined ? undefined : checker.getTypeOfSymbol(parameter);
}

/** The struct name a loadState/saveState call works on, and why not when its type cannot be encoded. */
export function stateTypeOfCall(
  call: ts.CallExpression,
  checker: ts.TypeChecker,
): { name: string | undefined; why: string | undefined } {
  const t = stateTsType(call, checker);
  if (t === undefined || (t.flags & ts.TypeFlags.Object) === 0) return { name: undefined, why: undefined };
  const table = structTable(checker);
  return { name: table.nameOf(t), why: table.problemsOf(t)[0]?.message };
}

export function checkState(
  sourceFile: ts.SourceFile,
  checker: ts.TypeChecker,
  sink: DiagnosticSink,
  stateBytes: number | undefined,
): StateLayout | undefined {
  const calls: ts.CallExpression[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const builtin = calleeBuiltin(node.expression, checker);
      if (builtin === "loadState" || builtin === "saveState") calls.push(node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  let chosen: { name: string; at: ts.Node } | undefined;
  for (const call of calls) {
    const at = call.typeArguments?.[0] ?? call;
    const { name, why } = stateTypeOfCall(call, checker);
    if (name === undefined) {
      sink.atNode(
        "stateType",
        at,
        why === undefined
          ? "the state must be a declared object type"
          : `the state type cannot be saved: ${why}`,
        "write e.g. `saveState<State>(state)` with `interface State { … }` declared in the app, its fields numbers, i32/u32/u8, booleans or such objects",
      );
    } else if (chosen === undefined) {
      chosen = { name, at };
    } else if (chosen.name !== name) {
      sink.atNode(
        "stateType",
        at,
        `the app's state type is ${chosen.name}, this call uses ${name}`,
        `an app keeps one state blob: use ${chosen.name} in every loadState and saveState`,
      );
    }
  }
  if (chosen === undefined || sink.hasErrors) return undefined;
  const layout = stateLayout(chosen.name, structTable(checker));
  if (stateBytes !== undefined && layout.bytes > stateBytes) {
    sink.atNode(
      "stateOverQuota",
      chosen.at,
      `state type ${chosen.name} needs ${layout.bytes} bytes, but the app's stateBytes quota is ${stateBytes}`,
      `raise \`stateBytes\` in app.json to at least ${layout.bytes}, or make the state smaller (u8/i32 fields take 1/4 bytes, number 8)`,
    );
  }
  return layout;
}
