// resolve.ts: what an identifier or callee in an app refers to.
//
// The subset check and the lowering both need to know whether a name is a module-level variable, a local,
// a user function, or one of the built-ins (console.log, timers, the `regen` module's exports); this file
// answers that from the type checker's symbols, following import aliases into compiler/lib.
import { ts } from "ts-morph";

export type Builtin =
  | "i32"
  | "u32"
  | "u8"
  | "exit"
  | "panic"
  | "startInfo"
  | "now"
  | "loadState"
  | "saveState"
  | "setTimeout"
  | "setInterval"
  | "clearTimeout"
  | "clearInterval"
  | "NaN"
  | "Infinity"
  | "console.log"
  | "debug.hangKernel"
  | `fault.${string}`;

export type Resolved =
  | {
      readonly k: "variable";
      readonly decl: ts.VariableDeclaration | ts.ParameterDeclaration | ts.BindingElement;
      readonly moduleLevel: boolean;
    }
  | { readonly k: "function"; readonly decl: ts.FunctionDeclaration }
  | { readonly k: "builtin"; readonly name: Builtin }
  | { readonly k: "unknown" };

const regenFunctions = new Set([
  "i32",
  "u32",
  "u8",
  "exit",
  "panic",
  "startInfo",
  "now",
  "loadState",
  "saveState",
]);
const globalFunctions = new Set([
  "setTimeout",
  "setInterval",
  "clearTimeout",
  "clearInterval",
  "NaN",
  "Infinity",
]);

function isLibFile(node: ts.Node): boolean {
  return node.getSourceFile().fileName.startsWith("/regen-lib/");
}

/** True for a variable declared directly at the top level of the module (a global of the app). */
export function isModuleLevel(
  decl: ts.VariableDeclaration | ts.ParameterDeclaration | ts.BindingElement,
): boolean {
  // A name bound by destructuring belongs where its declaration is.
  let top: ts.Node = decl;
  while (ts.isBindingElement(top) || ts.isObjectBindingPattern(top) || ts.isArrayBindingPattern(top))
    top = top.parent;
  if (!ts.isVariableDeclaration(top)) return false;
  decl = top;
  const list = decl.parent;
  return (
    ts.isVariableDeclarationList(list) &&
    ts.isVariableStatement(list.parent) &&
    ts.isSourceFile(list.parent.parent)
  );
}

export function resolveSymbol(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): Resolved {
  if (symbol === undefined) return { k: "unknown" };
  let target = symbol;
  if (target.flags & ts.SymbolFlags.Alias) target = checker.getAliasedSymbol(target);
  const decl = target.valueDeclaration ?? target.declarations?.[0];
  if (decl === undefined) return { k: "unknown" };
  if (isLibFile(decl)) {
    const name = target.getName();
    if (regenFunctions.has(name) || globalFunctions.has(name)) return { k: "builtin", name: name as Builtin };
    return { k: "unknown" };
  }
  if (ts.isVariableDeclaration(decl) || ts.isParameter(decl) || ts.isBindingElement(decl)) {
    return { k: "variable", decl, moduleLevel: isModuleLevel(decl) };
  }
  if (ts.isFunctionDeclaration(decl)) return { k: "function", decl };
  return { k: "unknown" };
}

export function resolveIdentifier(id: ts.Identifier, checker: ts.TypeChecker): Resolved {
  // `{ x }`: the name is a property too; its value is the variable (the checker may answer the property).
  const p = id.parent;
  if (ts.isShorthandPropertyAssignment(p) && p.name === id)
    return resolveSymbol(checker.getShorthandAssignmentValueSymbol(p), checker);
  return resolveSymbol(checker.getSymbolAtLocation(id), checker);
}

/** The built-in a call's callee names (`console.log`, `fault.memManage`, `i32`, ...), if any. */
export function calleeBuiltin(callee: ts.Expression, checker: ts.TypeChecker): Builtin | undefined {
  if (ts.isIdentifier(callee)) {
    const r = resolveIdentifier(callee, checker);
    return r.k === "builtin" ? r.name : undefined;
  }
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    const object = callee.expression.text;
    const symbol = checker.getSymbolAtLocation(callee.expression);
    const target =
      symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const decl = target?.valueDeclaration ?? target?.declarations?.[0];
    if (decl === undefined || !isLibFile(decl)) return undefined;
    const member = callee.name.text;
    if (object === "console" && member === "log") return "console.log";
    if (target?.getName() === "fault") return `fault.${member}`;
    if (target?.getName() === "debug" && member === "hangKernel") return "debug.hangKernel";
  }
  return undefined;
}

/** The function, arrow or module a node belongs to. */
export function enclosingFunction(node: ts.Node): ts.Node {
  let n = node.parent;
  while (n !== undefined && !ts.isFunctionLike(n) && !ts.isSourceFile(n)) n = n.parent;
  return n ?? node.getSourceFile();
}
