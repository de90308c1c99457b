// forbidden.ts: rejects the constructs that stay outside regen's language for good, each with its own code.
//
// The subset check (subset.ts) says what the compiler does not handle yet; this pass names what it never
// will, because an ahead-of-time compiler with fixed object shapes cannot give it JavaScript's meaning:
// `any`, eval, `Function(…)`, `with`, Proxy and Reflect, prototype changes, `obj[key]` on objects, delete,
// `arguments`, `var`, generators, for-in, regular expressions, BigInt, Symbol, Object.defineProperty,
// namespaces, decorators, `debugger`, globalThis, `declare`, imports from anything but "regen". It walks
// the whole file (function bodies, classes and types included), reports each construct once with a hint
// saying what to write instead, and does not look inside it. It runs after the subset check, into the
// same sink, and removes the subset reports whose range overlaps one of its own: the specific reason
// replaces a generic "not in the subset" for the same code. JSX needs no rule: in a .ts file it is
// already a syntax error.
import { ts } from "ts-morph";

import type { CatalogueKey } from "../diagnostics/catalogue.ts";
import type { Diagnostic, DiagnosticSink } from "../diagnostics/diagnostic.ts";

interface Finding {
  readonly key: CatalogueKey;
  readonly node: ts.Node;
  readonly message?: string;
  /** when given, the report runs from `node` to the end of `through` (a statement's header) */
  readonly through?: ts.Node;
}

/** Element types whose `x[i]` indexing stays legal (besides arrays, tuples and strings). */
const typedArrays = new Set([
  "Int8Array",
  "Uint8Array",
  "Uint8ClampedArray",
  "Int16Array",
  "Uint16Array",
  "Int32Array",
  "Uint32Array",
  "Float32Array",
  "Float64Array",
]);

const prototypeFunctions = new Set(["setPrototypeOf", "getPrototypeOf", "create"]);
const propertyDescriptorFunctions = new Set([
  "defineProperty",
  "defineProperties",
  "getOwnPropertyDescriptor",
  "getOwnPropertyDescriptors",
]);
const legacyAccessors = new Set([
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

/**
 * Reports every forbidden construct in `sourceFile` into `sink`, after the subset check has reported into
 * it; subset reports overlapping a forbidden construct are dropped, and the rest stay in source order.
 */
export function checkForbidden(
  sourceFile: ts.SourceFile,
  checker: ts.TypeChecker,
  sink: DiagnosticSink,
): void {
  const earlier = sink.diagnostics.splice(0);
  const ranges: [number, number][] = [];
  const visit = (node: ts.Node): void => {
    const found = match(node, checker);
    if (found === undefined) {
      ts.forEachChild(node, visit);
      return;
    }
    const start = found.node.getStart(sourceFile);
    const end = (found.through ?? found.node).getEnd();
    sink.atRange(found.key, sourceFile, start, end, found.message);
    ranges.push([start, end]);
  };
  visit(sourceFile);
  const overlaps = (d: Diagnostic): boolean => {
    if (d.line === 0) return false;
    const start = sourceFile.getPositionOfLineAndCharacter(d.line - 1, d.column - 1);
    return ranges.some(([from, to]) => start < to && from < start + d.length);
  };
  const kept = earlier.filter((d) => !overlaps(d));
  const all = [...kept, ...sink.diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
  sink.diagnostics.splice(0, sink.diagnostics.length, ...all);
}

function match(node: ts.Node, checker: ts.TypeChecker): Finding | undefined {
  switch (node.kind) {
    case ts.SyntaxKind.AnyKeyword:
      return { key: "anyType", node, message: "`any` is not in regen's language" };
    case ts.SyntaxKind.UnknownKeyword:
      // `catch (e: unknown)` only restates what a catch variable is; elsewhere unknown is a value type.
      if (ts.isVariableDeclaration(node.parent) && ts.isCatchClause(node.parent.parent)) return undefined;
      return { key: "anyType", node, message: "`unknown` is not in regen's language" };
    case ts.SyntaxKind.BigIntKeyword:
    case ts.SyntaxKind.BigIntLiteral:
      return { key: "bigInt", node };
    case ts.SyntaxKind.SymbolKeyword:
      return { key: "symbols", node };
    case ts.SyntaxKind.RegularExpressionLiteral:
      return { key: "regularExpressions", node };
    case ts.SyntaxKind.WithStatement:
      return { key: "withStatement", node: node.getChildAt(0) };
    case ts.SyntaxKind.DebuggerStatement:
      return { key: "debuggerStatement", node };
    case ts.SyntaxKind.ForInStatement:
      return { key: "forIn", node, through: (node as ts.ForInStatement).expression };
    case ts.SyntaxKind.DeleteExpression:
      return { key: "deleteOperator", node };
    case ts.SyntaxKind.ModuleDeclaration:
      return { key: "namespaces", node: (node as ts.ModuleDeclaration).name };
    case ts.SyntaxKind.Decorator: {
      // Through the decorated declaration's name: a report on the declaration itself is about the decorator.
      const name = (node.parent as ts.Node & { name?: ts.Node }).name;
      return { key: "decorators", node, ...(name === undefined ? {} : { through: name }) };
    }
    case ts.SyntaxKind.IndexSignature:
      return {
        key: "dynamicPropertyAccess",
        node,
        message: "index signatures (`[key: string]: T`) are not in regen's language",
      };
    case ts.SyntaxKind.YieldExpression:
      return { key: "generators", node };
    case ts.SyntaxKind.MetaProperty: {
      const meta = node as ts.MetaProperty;
      if (meta.keywordToken === ts.SyntaxKind.ImportKeyword) {
        const whole = ts.isPropertyAccessExpression(node.parent) ? node.parent : node;
        return { key: "imports", node: whole, message: "`import.meta` is not available: an app is one file" };
      }
      return { key: "reflection", node, message: "`new.target` is not in regen's language" };
    }
    case ts.SyntaxKind.ImportEqualsDeclaration:
      return { key: "imports", node };
    default:
      return matchMore(node, checker);
  }
}

function matchMore(node: ts.Node, checker: ts.TypeChecker): Finding | undefined {
  if (looksLikeJsx(node)) return { key: "jsx", node };
  if (ts.isTypeOperatorNode(node) && node.operator === ts.SyntaxKind.UniqueKeyword) {
    return { key: "symbols", node };
  }
  if (ts.isVariableDeclarationList(node) && (node.flags & ts.NodeFlags.BlockScoped) === 0) {
    return { key: "varDeclaration", node: node.getChildAt(0) };
  }
  if (ts.isImportDeclaration(node)) {
    const from = ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : "";
    if (from !== "regen") return { key: "imports", node, message: `"${from}" cannot be imported` };
    return undefined;
  }
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    return { key: "imports", node, message: "dynamic import() is not available: an app is one file" };
  }
  if (ts.isFunctionLike(node) && "asteriskToken" in node && node.asteriskToken !== undefined) {
    return { key: "generators", node };
  }
  if (isAmbient(node)) return { key: "ambientDeclarations", node };
  if (ts.isPropertyAssignment(node) && propertyName(node.name) === "__proto__") {
    return { key: "prototypeMutation", node };
  }
  if (ts.isPropertyAccessExpression(node) && !declaredInApp(node.name, checker)) return propertyAccess(node);
  if (ts.isElementAccessExpression(node)) return elementAccess(node, checker);
  if (ts.isIdentifier(node) && isValueUse(node) && !declaredInApp(node, checker)) return globalName(node);
  return undefined;
}

/**
 * JSX in a .ts file: `<div>text</div>` parses as the type assertion `<div>text` compared with the regular
 * expression `/div>`; `<div>x` alone as a type assertion to a lowercase type. Either way it means JSX.
 */
function looksLikeJsx(node: ts.Node): boolean {
  const tagLike = (n: ts.Node): boolean =>
    ts.isTypeAssertionExpression(n) &&
    ts.isTypeReferenceNode(n.type) &&
    ts.isIdentifier(n.type.typeName) &&
    /^[a-z]/.test(n.type.typeName.text);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.LessThanToken) {
    return tagLike(node.left);
  }
  return tagLike(node);
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/** `declare const x`, `declare function f()`, `declare class C` — an app defines what it uses. */
function isAmbient(node: ts.Node): boolean {
  if (!ts.isVariableStatement(node) && !ts.isFunctionDeclaration(node) && !ts.isClassDeclaration(node)) {
    return false;
  }
  return node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword) ?? false;
}

/** The call a callee belongs to, so the report covers the arguments too; otherwise the node itself. */
function callOf(node: ts.Expression): ts.Node {
  const parent = node.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node)
    return parent;
  return node;
}

function propertyAccess(node: ts.PropertyAccessExpression): Finding | undefined {
  const name = node.name.text;
  if (name === "__proto__" || name === "prototype") return { key: "prototypeMutation", node };
  if (legacyAccessors.has(name)) return { key: "defineProperty", node: callOf(node) };
  if (!ts.isIdentifier(node.expression)) return undefined;
  const owner = node.expression.text;
  if ((owner === "Object" || owner === "Reflect") && prototypeFunctions.has(name)) {
    return { key: "prototypeMutation", node: callOf(node) };
  }
  if ((owner === "Object" || owner === "Reflect") && propertyDescriptorFunctions.has(name)) {
    return { key: "defineProperty", node: callOf(node) };
  }
  return undefined;
}

/** True when the name is the app's own (a variable called `Proxy`, a field called `prototype`). */
function declaredInApp(node: ts.Identifier | ts.PrivateIdentifier, checker: ts.TypeChecker): boolean {
  const declarations = checker.getSymbolAtLocation(node)?.getDeclarations() ?? [];
  return declarations.some((d) => d.getSourceFile() === node.getSourceFile());
}

/** What a use of a global covers: `eval(…)`, `new Proxy(…)`, `Reflect.get(…)` whole, else the name. */
function usage(node: ts.Identifier): ts.Node {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return callOf(parent);
  return callOf(node);
}

/** Identifiers that name a value (not a property after `.`, a declaration's name or a type). */
function isValueUse(node: ts.Identifier): boolean {
  const parent = node.parent as ts.Node & { name?: ts.Node };
  if (parent.name === node) return false;
  if (ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent) || ts.isTypeQueryNode(parent)) {
    return false;
  }
  return !ts.isPropertyAccessExpression(parent) || parent.expression === node;
}

function globalName(node: ts.Identifier): Finding | undefined {
  switch (node.text) {
    case "eval":
      return { key: "evalCall", node: usage(node) };
    case "Function":
      return { key: "functionConstructor", node: usage(node) };
    case "Proxy":
    case "Reflect":
      return { key: "reflection", node: usage(node), message: `\`${node.text}\` is not in regen's language` };
    case "Symbol":
      return { key: "symbols", node: usage(node) };
    case "BigInt":
      return { key: "bigInt", node: usage(node) };
    case "RegExp":
      return { key: "regularExpressions", node: usage(node) };
    case "arguments":
      return { key: "argumentsObject", node: usage(node) };
    case "globalThis":
      return { key: "globalObject", node };
    default:
      return undefined;
  }
}

/** `x[i]` stays legal on arrays, tuples, typed arrays and strings; on any other object it is dynamic. */
function elementAccess(node: ts.ElementAccessExpression, checker: ts.TypeChecker): Finding | undefined {
  const type = checker.getNonNullableType(checker.getTypeAtLocation(node.expression));
  const members = type.isUnion() ? type.types : [type];
  const indexable = (t: ts.Type): boolean => {
    if ((t.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) !== 0) return true;
    if ((t.flags & (ts.TypeFlags.StringLike | ts.TypeFlags.TypeParameter)) !== 0) return true;
    if ((t.flags & ts.TypeFlags.Object) === 0) return true;
    if (checker.isArrayType(t) || checker.isTupleType(t)) return true;
    // An enum object: `E[1]` is its reverse mapping, `E["A"]` a member (lower/enum-reverse.ts).
    if ((t.getSymbol()?.flags ?? 0) & ts.SymbolFlags.Enum) return true;
    return typedArrays.has(t.getSymbol()?.getName() ?? "");
  };
  if (members.every(indexable)) return undefined;
  const shown = checker.typeToString(type);
  const isMap = /^(Readonly)?(Map|Set)</.test(shown);
  return {
    key: "dynamicPropertyAccess",
    node,
    message: isMap
      ? `a ${shown} is not indexed with [ ]: use .get(key) / .has(key)`
      : `\`[ ]\` on an object of type \`${shown}\` is dynamic property access`,
  };
}
