// lower.ts: turns a checked, in-subset TypeScript file into the IR module.
//
// Resolves names (module-level variables become fields of the globals struct), types every expression,
// makes JavaScript's left-to-right evaluation order explicit (an operand is saved in a temporary when a
// later operand has side effects, and `&&`, `||`, `?:` with side effects become ifs), lifts timer callbacks
// into functions of their own, and records source lines for `#line`. Input outside the subset is a bug in
// the subset check, so it throws (the driver turns that into RG9999).
import { ts } from "ts-morph";

import { calleeBuiltin, resolveIdentifier } from "../check/resolve.ts";
import { structTable } from "../check/struct-types.ts";
import { enumLiterals, isBoxed, valueTypeOf, type ValueType } from "../check/value-types.ts";
import type { Expr, Function, Global, Module, Param, Shape, Stmt } from "../ir.ts";
import type { StateLayout } from "../state/schema.ts";
import { call } from "./calls.ts";
import { analyzeCaptures, type Captures } from "./captures.ts";
import {
  classInfo,
  classInstanceOf,
  classOfIdentifier,
  classOfNode,
  classProperty,
  classStore,
  accessorClass,
  accessorGet,
  accessorSet,
  defineStatics,
  lowerClass,
  newInstance,
  type ClassInfo,
} from "./classes.ts";
import { errorInstanceOf, errorProperty, newBuiltinError } from "./exceptions.ts";
import {
  asyncFunction,
  asyncFunctionValue,
  asyncSpill,
  awaitExpression,
  drainMicrotasks,
  isAsyncFunction,
  newPromise,
  promiseCall,
  usesPromises,
} from "./async.ts";
import { functionReference, functionValue } from "./closures.ts";
import {
  elementAccess,
  elementAssignment,
  elementUpdate,
  libraryFunctionValue,
  libraryProperty,
  newLibraryObject,
} from "./library.ts";
import { cIdentifier, FunctionScope, NameTable } from "./names.ts";
import { declareParameters } from "./params.ts";
import { destructuringAssignment } from "./patterns.ts";
import {
  optionalElement,
  optionalMethodCall,
  optionalProperty,
  optionalValueCall,
} from "./optional-chains.ts";
import { spreadArray } from "./spread.ts";
import { tupleLength } from "./tuples.ts";
import { numericBinary, toF64, toInt, toType } from "./numeric.ts";
import { block, expressionStatement } from "./statements.ts";
import { condition, logicalValue, nonNullValue } from "./truthiness.ts";
import { typeofValue } from "./typeof-value.ts";
import { arrayLengthAssignment, arrayLengthUpdate, isArrayLength } from "./array-length.ts";
import { isLogicalAssignment, logicalAssignment } from "./logical-assignment.ts";
import { typeofTest } from "../check/subset.ts";
import { typeofCheck } from "./strings.ts";
import { nullishCoalescing, objectLiteral, propertyGet, propertySet, slotOf } from "./objects.ts";
import { concat, looseNullEquality, stringCompare, templateLiteral, valueEquality } from "./strings.ts";
import {
  binaryOperators,
  coerce,
  compoundOperators,
  hasEffects,
  isConstant,
  LoweringError,
  type LoopContext,
  skipParens,
  type Place,
} from "./support.ts";

export { hasEffects, LoweringError } from "./support.ts";

export interface LowerOptions {
  readonly sourcePath: string;
  readonly moduleId: string;
  readonly state: StateLayout | undefined;
  readonly heapBytes: number;
}

export function lowerModule(
  sourceFile: ts.SourceFile,
  checker: ts.TypeChecker,
  options: LowerOptions,
): Module {
  return new Lowerer(sourceFile, checker, options.state).module(options);
}

export class Lowerer {
  readonly names = new NameTable();
  readonly globals: Global[] = [];
  readonly functions: Function[] = [];
  scope = new FunctionScope();
  loops: LoopContext[] = [];
  returnType: ValueType = "void";
  /** what `this` is in the function being lowered (a method's self, a closure's captured this) */
  thisExpr: Expr | undefined = undefined;
  /** Expressions already evaluated (the receiver of `o?.m()`): expr() returns the saved value. */
  readonly pinned = new Map<ts.Expression, Expr>();
  /** Value types fixed for a node while it is lowered (an optional call of a void function, whose
   * TypeScript type `void | undefined` is no value type, lowers its inner call as `void`). */
  readonly pinnedTypes = new Map<ts.Node, ValueType>();
  readonly classes = new Map<ts.ClassDeclaration, ClassInfo>();
  readonly dispatchers = new Set<string>();
  readonly fieldInits = new Map<ts.ClassDeclaration, (out: Stmt[]) => void>();
  readonly staticFields = new Map<string, { name: string; ty: ValueType }>();
  probesState = false;
  readonly stateCalls = { load: false, save: false };
  /** string literal texts used as values, and their index in the module's table */
  readonly strings = new Map<string, number>();
  readonly staticClosures: { name: string; code: string; arity: number }[] = [];
  readonly shapes: Shape[] = [];
  /** property ids: "message" and "name" are 0 and 1 in every app (rg_throw.h RG_KEY_MESSAGE/NAME) */
  readonly keys = new Map<string, number>([
    ["message", 0],
    ["name", 1],
  ]);
  readonly includes = new Set<string>();
  readonly helpers = new Set<string>();
  readonly captures: Captures;
  usesHeap = false;
  usesTimerDispatch = false;

  constructor(
    readonly file: ts.SourceFile,
    readonly checker: ts.TypeChecker,
    readonly state: StateLayout | undefined,
  ) {
    const captures = analyzeCaptures(file, checker);
    // With promises, every timer goes through the runtime, which drains the microtask queue after it.
    this.promises = usesPromises(file);
    this.captures = this.promises ? { ...captures, closureTimers: true } : captures;
  }

  /** the app uses async functions or promises (lower/async.ts) */
  readonly promises: boolean;

  /** The value type of a TypeScript type (undefined outside the subset). */
  typeOfType(t: ts.Type): ValueType | undefined {
    return valueTypeOf(t, this.checker);
  }

  /** Writes `value` into a place: a variable, a property or element, or a box. */
  store(v: Place, value: Expr): Expr {
    const e = coerce(value, v.ty);
    if (v.box === true) {
      const set: Expr = {
        k: "setslot",
        ty: "val",
        obj: { k: "var", ty: "val", name: v.name, global: false },
        index: { k: "int", ty: "u32", value: 0 },
        e: coerce(e, "val"),
      };
      return coerce(set, v.ty);
    }
    if (v.prop?.slot !== undefined) {
      const set: Expr = {
        k: "setslot",
        ty: "val",
        obj: coerce(v.prop.obj, "val"),
        index: { k: "int", ty: "u32", value: v.prop.slot },
        e: coerce(e, "val"),
      };
      return coerce(set, v.ty);
    }
    if (v.prop?.accessor !== undefined)
      return coerce(accessorSet(this, v.prop.accessor, v.name, v.prop.obj, e, v.prop.receiver), v.ty);
    if (v.prop !== undefined) return propertySet(this, v.prop.receiver, v.name, v.prop.obj, e, v.ty);
    return { k: "assign", ty: v.ty, name: v.name, global: v.global, e };
  }

  /** A string literal's static object. */
  stringLiteral(text: string): Expr {
    return { k: "str", ty: "str", index: this.stringIndex(text) };
  }

  stringIndex(text: string): number {
    let index = this.strings.get(text);
    if (index === undefined) {
      index = this.strings.size;
      this.strings.set(text, index);
    }
    return index;
  }

  /** Shapes of the state type and the types nested in it, when the app loads or saves state. */
  stateShapes(): { types: Record<string, number>; keys: Record<string, number> } {
    const types: Record<string, number> = {};
    const keys: Record<string, number> = {};
    if (this.state === undefined || (!this.stateCalls.load && !this.stateCalls.save)) return { types, keys };
    const table = structTable(this.checker);
    const visit = (name: string): void => {
      const layout = table.layout(name);
      if (layout === undefined || types[name] !== undefined) return;
      types[name] = this.shape(
        layout.fields.map((f) => f.name),
        "Object",
      );
      for (const f of layout.fields) {
        keys[f.name] = this.key(f.name);
        if (f.kind === "struct") visit(f.struct);
      }
    };
    visit(this.state.typeName);
    this.helpers.add("objects");
    this.includes.add("rg_alloc.h");
    this.includes.add("rg_throw.h");
    return { types, keys };
  }

  /** The type id of the shape with these slot keys (one per distinct key list and name). */
  shape(keys: readonly string[], name: string, parent?: string): number {
    const ids = keys.map((k) => this.key(k));
    let index = this.shapes.findIndex(
      (s) => s.name === name && s.parent === parent && s.slotKeys.join(",") === ids.join(","),
    );
    if (index < 0) {
      index = this.shapes.length;
      this.shapes.push({ name, cName: `rgc_shape_${index}`, parent, slotKeys: ids, methods: [] });
    }
    this.usesHeap = true;
    return 16 + index;
  }

  /** The property id of a property name. */
  key(name: string): number {
    let id = this.keys.get(name);
    if (id === undefined) {
      id = this.keys.size;
      this.keys.set(name, id);
    }
    return id;
  }

  /** A call of a runtime function that takes the context (and may allocate, so the app gets a heap). */
  runtime(header: string, fn: string, ty: ValueType, args: readonly Expr[]): Expr {
    this.includes.add(header);
    this.includes.add("rg_alloc.h");
    this.usesHeap = true;
    return { k: "cxcall", ty, fn, args };
  }

  module(options: LowerOptions): Module {
    const { sourcePath, moduleId } = options;
    const declarations: ts.FunctionDeclaration[] = [];
    for (const s of this.file.statements) {
      if (ts.isFunctionDeclaration(s)) {
        this.names.defineFunction(s);
        declarations.push(s);
      } else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) this.defineGlobals(d.name, d);
      }
    }
    const classDecls = this.file.statements.filter(ts.isClassDeclaration);
    for (const c of classDecls) defineStatics(this, c);
    for (const f of declarations) this.functions.push(this.functionDeclaration(f));
    for (const c of classDecls) lowerClass(this, c);
    const main = this.withFunction("void", () => block(this, this.file.statements));
    if (this.promises) main.push(drainMicrotasks(this));
    const stateShapes = this.stateShapes();
    const keyStrings = this.usesHeap ? [...this.keys.keys()].map((k) => this.stringIndex(k)) : [];
    return {
      sourcePath,
      moduleId,
      globals: this.globals,
      functions: this.functions,
      structs: structTable(this.checker).all(),
      state: this.state,
      probesState: this.probesState,
      stateShapes,
      stateCalls: this.stateCalls,
      main: { name: "rg_main", params: [], returns: "void", body: main, line: 1 },
      strings: [...this.strings.keys()],
      staticClosures: this.staticClosures,
      shapes: this.shapes,
      keyStrings,
      usesTimerDispatch: this.usesTimerDispatch,
      usesHeap: this.usesHeap,
      usesContext: this.usesHeap,
      heapBytes: options.heapBytes,
      // The generated heap helpers (emit-heap.ts) call into rg_alloc.h and rg_throw.h whenever there is a heap.
      includes: [
        ...new Set([...this.includes, ...(this.usesHeap ? ["rg_alloc.h", "rg_throw.h"] : [])]),
      ].sort(),
      helpers: [...this.helpers].sort(),
    };
  }

  /** Module-level variables (each name of a destructuring pattern too) are fields of the globals struct. */
  defineGlobals(name: ts.BindingName, decl: ts.Node): void {
    if (ts.isIdentifier(name)) {
      const cname = `v_${cIdentifier(name.text)}`;
      const ty = this.typeOf(name);
      this.names.defineVariable(decl, { name: cname, global: true, ty });
      this.globals.push({ name: cname, ty });
      return;
    }
    for (const element of name.elements) {
      if (!ts.isOmittedExpression(element)) this.defineGlobals(element.name, element);
    }
  }

  identifierText(name: ts.BindingName): string {
    if (!ts.isIdentifier(name)) throw new LoweringError(name, "destructuring reached lowering");
    return name.text;
  }

  typeOf(node: ts.Node): ValueType {
    const pinned = this.pinnedTypes.get(node);
    if (pinned !== undefined) return pinned;
    const t = valueTypeOf(this.checker.getTypeAtLocation(node), this.checker);
    if (t === undefined) throw new LoweringError(node, "a type outside the subset reached lowering");
    return t;
  }

  line(node: ts.Node): Stmt {
    return { k: "line", line: this.file.getLineAndCharacterOfPosition(node.getStart(this.file)).line + 1 };
  }

  /** Runs body with a fresh C function scope. */
  withFunction<T>(returns: ValueType, body: () => T): T {
    const saved = { scope: this.scope, loops: this.loops, returnType: this.returnType };
    this.scope = new FunctionScope();
    this.loops = [];
    this.returnType = returns;
    try {
      return body();
    } finally {
      this.scope = saved.scope;
      this.loops = saved.loops;
      this.returnType = saved.returnType;
    }
  }

  functionDeclaration(f: ts.FunctionDeclaration): Function {
    if (isAsyncFunction(f)) return asyncFunction(this, f);
    const name = this.names.function(f) ?? "f_missing";
    return this.typedFunction(name, f, f.body?.statements ?? [], undefined);
  }

  /** The declared return value type of a function-like declaration. */
  returnsOf(f: ts.SignatureDeclaration): ValueType {
    const signature = this.checker.getSignatureFromDeclaration(f);
    const returnTsType =
      signature === undefined ? undefined : this.checker.getReturnTypeOfSignature(signature);
    return returnTsType === undefined ? "void" : (valueTypeOf(returnTsType, this.checker) ?? "void");
  }

  /** A C function with typed parameters (a top-level function, a method: then `self` comes first and is
   * `this`). Parameters captured by closures move into boxes first. */
  typedFunction(
    name: string,
    f: ts.SignatureDeclaration,
    statements: readonly ts.Statement[],
    self: { readonly returns?: ValueType; readonly prologue?: (out: Stmt[]) => void } | undefined,
  ): Function {
    const returns = self?.returns ?? this.returnsOf(f);
    const savedThis = this.thisExpr;
    this.thisExpr = self === undefined ? undefined : { k: "var", ty: "val", name: "self", global: false };
    try {
      return this.withFunction(returns, () => {
        if (self !== undefined) this.scope.unique("self");
        // Boxes of captured parameters, defaults, destructured parameters (params.ts).
        const boxes: Stmt[] = [];
        const params: Param[] = declareParameters(this, f.parameters, boxes);
        self?.prologue?.(boxes);
        const body = [...boxes, ...block(this, statements)];
        return {
          name,
          params: self === undefined ? params : [{ name: "self", ty: "val" }, ...params],
          returns,
          body,
          line: this.file.getLineAndCharacterOfPosition(f.getStart(this.file)).line + 1,
        };
      });
    } finally {
      this.thisExpr = savedThis;
    }
  }

  // --- expressions --------------------------------------------------------------------------------

  /** Saves a non-constant value in a temporary so later side effects cannot change it. */
  spill(e: Expr, out: Stmt[]): Expr {
    if (isConstant(e) || e.ty === "void") return e;
    // In an async function's body a saved value lives in the frame, to survive an await after it.
    const slot = asyncSpill(this, e, out);
    if (slot !== undefined) return slot;
    const name = this.scope.temp();
    out.push({ k: "decl", name, ty: e.ty, init: e });
    return { k: "var", ty: e.ty, name, global: false };
  }

  /** Lowers operands left to right; those before the last one with side effects are saved first. */
  operands(nodes: readonly ts.Expression[], out: Stmt[]): Expr[] {
    const lowered = nodes.map((n) => {
      const pre: Stmt[] = [];
      const e = this.expr(n, pre);
      return { pre, e };
    });
    // C leaves the order of operand evaluation open, so once any operand has side effects every operand
    // but the last is evaluated into a temporary first, in source order.
    const effects = lowered.some((p) => p.pre.length > 0 || hasEffects(p.e));
    return lowered.map((p, i) => {
      out.push(...p.pre);
      return effects && i < lowered.length - 1 ? this.spill(p.e, out) : p.e;
    });
  }

  expr(node: ts.Expression, out: Stmt[]): Expr {
    const pinned = this.pinned.get(node);
    if (pinned !== undefined) return pinned;
    if (ts.isParenthesizedExpression(node)) return this.expr(node.expression, out);
    // `x!` narrows: the value is unboxed when the narrowed type is a number or boolean.
    if (ts.isNonNullExpression(node)) return nonNullValue(this, node, out);
    if (ts.isNumericLiteral(node))
      return { k: "number", ty: "f64", value: Number(node.getText(this.file).replace(/_/g, "")) };
    if (node.kind === ts.SyntaxKind.TrueKeyword) return { k: "bool", ty: "bool", value: true };
    if (node.kind === ts.SyntaxKind.FalseKeyword) return { k: "bool", ty: "bool", value: false };
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node))
      return this.stringLiteral(node.text);
    if (ts.isTemplateExpression(node)) return templateLiteral(this, node, out);
    if (node.kind === ts.SyntaxKind.NullKeyword) return { k: "special", ty: "val", value: "RG_NULL" };
    if (ts.isIdentifier(node) && node.text === "undefined" && this.isUndefinedSymbol(node))
      return { k: "special", ty: "val", value: "RG_UNDEFINED" };
    if (ts.isIdentifier(node)) return this.identifier(node);
    if (
      ts.isElementAccessExpression(node) &&
      (node.questionDotToken !== undefined || ts.isOptionalChain(node))
    )
      return optionalElement(this, node, out);
    if (ts.isElementAccessExpression(node)) return elementAccess(this, node, out);
    if (ts.isArrayLiteralExpression(node)) return spreadArray(this, node.elements, out);
    if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && isAsyncFunction(node))
      return asyncFunctionValue(this, node);
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return functionValue(this, node);
    if (ts.isPrefixUnaryExpression(node)) return this.prefix(node, out);
    if (ts.isPostfixUnaryExpression(node)) return this.update(node.operand, node.operator, false, out);
    if (ts.isBinaryExpression(node)) return this.binary(node, out);
    if (ts.isConditionalExpression(node)) return this.conditional(node, out);
    if (ts.isTypeOfExpression(node)) return typeofValue(this, node, out);
    if (ts.isAwaitExpression(node)) return awaitExpression(this, node, out);
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isOptionalChain(node) &&
      node.questionDotToken === undefined
    )
      return optionalMethodCall(this, node, node.expression, out);
    if (ts.isCallExpression(node) && node.questionDotToken !== undefined)
      return optionalValueCall(this, node, out);
    if (ts.isCallExpression(node)) return promiseCall(this, node, out) ?? call(this, node, out);
    if (node.kind === ts.SyntaxKind.ThisKeyword) {
      if (this.thisExpr === undefined) throw new LoweringError(node, "`this` outside a method");
      return coerce(this.thisExpr, this.typeOf(node));
    }
    if (ts.isNewExpression(node)) {
      const instance = newInstance(this, node, out);
      if (instance !== undefined) return instance;
      const error = newBuiltinError(this, node, out);
      if (error !== undefined) return error;
      const promise = newPromise(this, node, out);
      if (promise !== undefined) return promise;
      const library = newLibraryObject(this, node, out);
      if (library !== undefined) return library;
    }
    if (ts.isObjectLiteralExpression(node)) return objectLiteral(this, node, out);
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isCallExpression(node.expression) &&
      calleeBuiltin(node.expression.expression, this.checker) === "startInfo"
    ) {
      const info: Expr = { k: "rt", ty: "u32", fn: "rg_rt_start_info", args: [], effects: false };
      if (node.name.text === "stateRefused") {
        if (this.state === undefined) return { k: "bool", ty: "bool", value: false };
        this.probesState = true;
        return { k: "var", ty: "bool", name: "state_refused", global: true };
      }
      if (node.name.text === "fault") {
        const last: Expr = { k: "rt", ty: "u32", fn: "rg_rt_last_fault", args: [], effects: false };
        return { k: "convert", ty: "fault", e: last };
      }
      if (node.name.text === "reason") {
        return {
          k: "convert",
          ty: "reason",
          e: { k: "binary", ty: "u32", op: "&", l: info, r: { k: "int", ty: "u32", value: 255 } },
        };
      }
      return toF64({ k: "binary", ty: "u32", op: ">>", l: info, r: { k: "int", ty: "u32", value: 8 } });
    }
    if (ts.isPropertyAccessExpression(node)) {
      // An enum member is its constant.
      const member = this.checker.getSymbolAtLocation(node.name)?.declarations?.[0];
      const constant =
        member !== undefined && ts.isEnumMember(member) ? this.checker.getConstantValue(member) : undefined;
      if (typeof constant === "number") return { k: "number", ty: "f64", value: constant };
      if (typeof constant === "string") return this.stringLiteral(constant);
      // A link after `?.` in the same chain (`a?.b.c`) short-circuits too: the whole chain is undefined.
      if (node.questionDotToken !== undefined || ts.isOptionalChain(node))
        return optionalProperty(this, node, out);
      const field = classProperty(this, node, out);
      if (field !== undefined) return field;
      const errorField = errorProperty(this, node, out);
      if (errorField !== undefined) return errorField;
      const library = libraryProperty(this, node, out) ?? tupleLength(this, node, out);
      if (library !== undefined) return library;
      return propertyGet(this, node, this.expr(node.expression, out));
    }
    throw new LoweringError(node, `${ts.SyntaxKind[node.kind]} reached lowering`);
  }

  /** `undefined` the value (not a variable someone named so). */
  isUndefinedSymbol(id: ts.Identifier): boolean {
    const symbol = this.checker.getSymbolAtLocation(id);
    return symbol === undefined || (symbol.declarations ?? []).length === 0;
  }

  identifier(id: ts.Identifier): Expr {
    const r = resolveIdentifier(id, this.checker);
    if (r.k === "builtin" && r.name === "NaN") return { k: "number", ty: "f64", value: NaN };
    if (r.k === "builtin" && r.name === "Infinity") return { k: "number", ty: "f64", value: Infinity };
    if (r.k === "function") return functionReference(this, r.decl, id);
    // `parseInt`, `String` passed as a value (library.ts).
    const libraryFunction = r.k === "unknown" ? libraryFunctionValue(this, id) : undefined;
    if (libraryFunction !== undefined) return libraryFunction;
    if (r.k !== "variable") throw new LoweringError(id, `\`${id.text}\` is not a variable`);
    const v = this.names.variable(r.decl);
    if (v === undefined)
      throw new LoweringError(id, `\`${id.text}\` used before its declaration was lowered`);
    const variable: Expr =
      v.box === true
        ? coerce(
            {
              k: "slot",
              ty: "val",
              e: { k: "var", ty: "val", name: v.name, global: false },
              index: { k: "int", ty: "u32", value: 0 },
            },
            v.ty,
          )
        : { k: "var", ty: v.ty, name: v.name, global: v.global };
    // A loop counter (integers.ts) is held in an int64_t and read as the double it equals.
    if (v.ty === "i64") return { k: "convert", ty: "f64", e: variable };
    const here = this.typeOf(id);
    // A union or generic value the checker narrowed to a number or boolean: unbox it.
    if (isBoxed(v.ty) && !isBoxed(here) && here !== "void") return coerce(variable, here);
    return variable;
  }

  /** The variable, property or element that an assignment or ++/-- writes. */
  place(node: ts.Expression, out: Stmt[]): Place {
    if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node))
      return this.place(node.expression, out);
    if (ts.isPropertyAccessExpression(node)) {
      const staticClass = classOfIdentifier(this, node.expression);
      if (staticClass !== undefined && accessorClass(this, node.expression, node.name.text) !== undefined) {
        // A static accessor (classes.ts): read and written through its getter and setter.
        const obj: Expr = { k: "special", ty: "val", value: "RG_UNDEFINED" };
        const accessor = staticClass;
        const ty = this.typeOf(node);
        return {
          name: node.name.text,
          global: false,
          ty,
          prop: { receiver: node.expression, obj, accessor },
        };
      }
      if (staticClass !== undefined) {
        const v = this.staticFields.get(`${classInfo(this, staticClass).c}.${node.name.text}`);
        if (v === undefined) throw new LoweringError(node, "unknown static field");
        return { name: v.name, global: true, ty: v.ty };
      }
      // The object is evaluated before the value stored into it (JavaScript's order).
      const obj = this.spill(this.expr(node.expression, out), out);
      const cls = classOfNode(this, node.expression);
      const slot = cls === undefined ? -1 : classInfo(this, cls).fields.indexOf(node.name.text);
      const accessor = slot >= 0 ? undefined : accessorClass(this, node.expression, node.name.text);
      return {
        name: node.name.text,
        global: false,
        ty: this.typeOf(node),
        prop:
          slot >= 0
            ? { receiver: node.expression, obj, slot }
            : accessor !== undefined
              ? { receiver: node.expression, obj, accessor }
              : { receiver: node.expression, obj },
      };
    }
    if (!ts.isIdentifier(node)) throw new LoweringError(node, "assignment to a non-variable");
    const r = resolveIdentifier(node, this.checker);
    const v = r.k === "variable" ? this.names.variable(r.decl) : undefined;
    if (v === undefined) throw new LoweringError(node, `\`${node.text}\` is not a known variable`);
    // The variable itself as an assignment target has its declared type (not a narrowed one).
    if (v.box === true) return { name: v.name, global: false, ty: v.ty, box: true };
    return { name: v.name, global: v.global, ty: v.ty };
  }

  update(operand: ts.Expression, operator: ts.SyntaxKind, prefix: boolean, out: Stmt[]): Expr {
    const step = operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-";
    if (isArrayLength(this.checker, operand)) return arrayLengthUpdate(this, operand, step, prefix, out);
    if (ts.isElementAccessExpression(skipParens(operand)))
      return elementUpdate(this, operand, operator === ts.SyntaxKind.PlusPlusToken ? "+" : "-", prefix, out);
    const v = this.place(operand, out);
    const op = operator === ts.SyntaxKind.PlusPlusToken ? "++" : "--";
    if (v.box === true || v.prop !== undefined) {
      const old = this.spill(v.prop !== undefined ? this.load(v) : this.expr(operand, out), out);
      const one: Expr = { k: "number", ty: "f64", value: 1 };
      const next = this.spill({ k: "binary", ty: "f64", op: op === "++" ? "+" : "-", l: old, r: one }, out);
      out.push({ k: "expr", e: this.store(v, next) });
      return prefix ? next : old;
    }
    // A loop counter (integers.ts) steps in its int64_t and reads as a double; other numbers are doubles.
    if (v.ty === "i64")
      return {
        k: "convert",
        ty: "f64",
        e: { k: "update", ty: "i64", name: v.name, global: v.global, op, prefix },
      };
    return { k: "update", ty: "f64", name: v.name, global: v.global, op, prefix };
  }

  /** The current value of a compound assignment's place and its right side, in JavaScript's order: a
   * property (its object already evaluated by place()) is read once, through its getter if it has one. */
  placeOperands(v: Place, node: ts.BinaryExpression, out: Stmt[]): Expr[] {
    if (v.prop === undefined) return this.operands([node.left, node.right], out);
    const old = this.spill(this.load(v), out);
    return [old, this.expr(node.right, out)];
  }

  /** Reads a place that is a property (for ++ and compound assignment). */
  load(v: Place): Expr {
    if (v.prop === undefined) throw new Error("load of a non-property place");
    if (v.prop.accessor !== undefined)
      return coerce(accessorGet(this, v.prop.accessor, v.name, v.prop.obj, v.prop.receiver), v.ty);
    if (v.prop.slot !== undefined) {
      const slot: Expr = {
        k: "slot",
        ty: "val",
        e: coerce(v.prop.obj, "val"),
        index: { k: "int", ty: "u32", value: v.prop.slot },
      };
      return coerce(slot, v.ty);
    }
    const info = slotOf(this, v.prop.receiver, v.name);
    this.helpers.add("objects");
    this.includes.add("rg_throw.h");
    const get = this.runtime("rg_alloc.h", "rgc_get", "val", [
      coerce(v.prop.obj, "val"),
      { k: "int", ty: "u32", value: info.type },
      { k: "int", ty: "u32", value: info.slot },
      { k: "int", ty: "u32", value: info.key },
    ]);
    return coerce(get, v.ty);
  }

  prefix(node: ts.PrefixUnaryExpression, out: Stmt[]): Expr {
    switch (node.operator) {
      case ts.SyntaxKind.PlusPlusToken:
      case ts.SyntaxKind.MinusMinusToken:
        return this.update(node.operand, node.operator, true, out);
      case ts.SyntaxKind.MinusToken: {
        const e = this.expr(node.operand, out);
        if (e.k === "number" || e.k === "int") return { k: "number", ty: "f64", value: -e.value };
        return { k: "unary", ty: "f64", op: "-", e: toF64(e) };
      }
      case ts.SyntaxKind.PlusToken:
        return toF64(this.expr(node.operand, out));
      case ts.SyntaxKind.TildeToken:
        return { k: "unary", ty: "i32", op: "~", e: toInt(this.expr(node.operand, out), "i32") };
      case ts.SyntaxKind.ExclamationToken:
        return { k: "unary", ty: "bool", op: "!", e: condition(this, node.operand, out) };
    }
  }

  /** A value compared with `other`: a string literal compared with a start reason, fault class or save
   * result becomes its number. */
  compared(node: ts.Expression, other: ValueType, out: Stmt[]): Expr {
    const literals = enumLiterals(other);
    if (
      (other === "reason" || other === "fault" || other === "save") &&
      literals !== undefined &&
      ts.isStringLiteralLike(node)
    ) {
      return { k: "enum", ty: other, value: literals.indexOf(node.text) };
    }
    return this.expr(node, out);
  }

  equality(l: Expr, r: Expr, op: "===" | "!=="): Expr {
    if (l.ty === "bool" || l.ty === "reason" || l.ty === "fault" || l.ty === "save" || l.ty === "timer") {
      return { k: "binary", ty: "bool", op: op === "===" ? "==" : "!=", l, r };
    }
    return numericBinary(op, l, r);
  }

  binary(node: ts.BinaryExpression, out: Stmt[]): Expr {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.InstanceOfKeyword) {
      const instance = classInstanceOf(this, node, out);
      if (instance !== undefined) return instance;
      const error = errorInstanceOf(this, node, out);
      if (error !== undefined) return error;
    }
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken) {
      return this.logical(node, kind === ts.SyntaxKind.AmpersandAmpersandToken, out);
    }
    if (kind === ts.SyntaxKind.QuestionQuestionToken) return nullishCoalescing(this, node, out);
    if (kind === ts.SyntaxKind.EqualsEqualsToken || kind === ts.SyntaxKind.ExclamationEqualsToken) {
      // Only `x == null` / `x != null` are in the subset.
      const nullRight = node.right.kind === ts.SyntaxKind.NullKeyword;
      const other = this.expr(nullRight ? node.left : node.right, out);
      return looseNullEquality(other, kind === ts.SyntaxKind.EqualsEqualsToken ? "==" : "!=");
    }
    if (isLogicalAssignment(kind)) return logicalAssignment(this, node, out);
    const compound = compoundOperators.get(kind);
    const assigning = kind === ts.SyntaxKind.EqualsToken || compound !== undefined;
    const left = skipParens(node.left);
    if (
      kind === ts.SyntaxKind.EqualsToken &&
      (ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left))
    )
      return destructuringAssignment(this, node, out);
    if (assigning && ts.isElementAccessExpression(skipParens(node.left))) {
      return elementAssignment(this, node, compound, out);
    }
    if (assigning && isArrayLength(this.checker, node.left))
      return arrayLengthAssignment(this, node, compound, out);
    if (kind === ts.SyntaxKind.PlusEqualsToken && this.typeOf(node.left) === "str") {
      const v = this.place(node.left, out);
      const [l, r] = this.placeOperands(v, node, out);
      if (l === undefined || r === undefined) throw new LoweringError(node, "missing operand");
      return this.store(v, concat(this, l, r));
    }
    if (kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(skipParens(node.left))) {
      const stored = classStore(this, skipParens(node.left) as ts.PropertyAccessExpression, node.right, out);
      if (stored !== undefined) return stored;
    }
    if (kind === ts.SyntaxKind.EqualsToken) {
      const v = this.place(node.left, out);
      return this.store(v, this.expr(node.right, out));
    }
    if (compound !== undefined) {
      const v = this.place(node.left, out);
      const [l, r] = this.placeOperands(v, node, out);
      if (l === undefined || r === undefined) throw new LoweringError(node, "missing operand");
      const unboxed = (e: Expr): Expr => (isBoxed(e.ty) ? coerce(e, "f64") : e);
      return this.store(v, toType(numericBinary(compound, unboxed(l), unboxed(r)), v.ty));
    }
    if (kind === ts.SyntaxKind.CommaToken) {
      expressionStatement(this, node.left, out);
      return this.expr(node.right, out);
    }
    const op = binaryOperators.get(kind);
    if (op === undefined)
      throw new LoweringError(node, `operator ${node.operatorToken.getText()} reached lowering`);
    if (op === "===" || op === "!==") {
      const test = typeofTest(node);
      if (test !== undefined) {
        const e = typeofCheck(this, this.expr(test.operand, out), test.name, out);
        return op === "===" ? e : { k: "unary", ty: "bool", op: "!", e };
      }
      const undefinedLeft = ts.isIdentifier(node.left) && node.left.text === "undefined";
      if (undefinedLeft || (ts.isIdentifier(node.right) && node.right.text === "undefined")) {
        const other = this.expr(undefinedLeft ? node.right : node.left, out);
        return valueEquality(this, other, { k: "special", ty: "val", value: "RG_UNDEFINED" }, op);
      }
      const leftType = this.typeOf(node.left);
      const rightType = this.typeOf(node.right);
      if (enumLiterals(leftType) !== undefined || enumLiterals(rightType) !== undefined) {
        const l = this.compared(node.left, rightType, out);
        const pre: Stmt[] = [];
        const r = this.compared(node.right, leftType, pre);
        const saved = pre.length > 0 || hasEffects(r) ? this.spill(l, out) : l;
        out.push(...pre);
        return this.equality(saved, r, op);
      }
      const [l, r] = this.operands([node.left, node.right], out);
      if (l === undefined || r === undefined) throw new LoweringError(node, "missing operand");
      if (isBoxed(l.ty) || isBoxed(r.ty)) return valueEquality(this, l, r, op);
      return this.equality(l, r, op);
    }
    const [l, r] = this.operands([node.left, node.right], out);
    if (l === undefined || r === undefined) throw new LoweringError(node, "missing operand");
    if (op === "+" && this.typeOf(node) === "str") return concat(this, l, r);
    // A string field that may be unset reads as a "val" (classes.ts mayBeUnset): the checker's type decides.
    const str = (e: Expr, n: ts.Expression): boolean =>
      e.ty === "str" || (e.ty === "val" && this.typeOf(n) === "str");
    if ((op === "<" || op === ">" || op === "<=" || op === ">=") && str(l, node.left) && str(r, node.right))
      return stringCompare(this, op, l, r);
    const unboxed = (e: Expr): Expr => (isBoxed(e.ty) ? coerce(e, "f64") : e);
    return numericBinary(op, unboxed(l), unboxed(r));
  }

  logical(node: ts.BinaryExpression, and: boolean, out: Stmt[]): Expr {
    // On values other than booleans, `a || b` is one of its operands (truthiness.ts).
    const rightType = this.typeOf(node.right);
    if (this.typeOf(node.left) !== "bool" || (rightType !== "bool" && rightType !== "void"))
      return logicalValue(this, node, and, out);
    const l = this.expr(node.left, out);
    const pre: Stmt[] = [];
    const r = this.expr(node.right, pre);
    if (pre.length === 0) return { k: "binary", ty: "bool", op: and ? "&&" : "||", l, r };
    const t = this.scope.temp();
    out.push({ k: "decl", name: t, ty: "bool", init: l });
    const tv: Expr = { k: "var", ty: "bool", name: t, global: false };
    const evaluateRight: Stmt[] = [
      ...pre,
      { k: "expr", e: { k: "assign", ty: "bool", name: t, global: false, e: r } },
    ];
    const c: Expr = and ? tv : { k: "unary", ty: "bool", op: "!", e: tv };
    out.push({ k: "if", c, then: evaluateRight, otherwise: [] });
    return tv;
  }

  conditional(node: ts.ConditionalExpression, out: Stmt[]): Expr {
    const ty = this.typeOf(node);
    const c = condition(this, node.condition, out);
    const preA: Stmt[] = [];
    // coerce, not toType: a number or boolean branch of a union-typed result must be boxed
    const a = coerce(this.expr(node.whenTrue, preA), ty);
    const preB: Stmt[] = [];
    const b = coerce(this.expr(node.whenFalse, preB), ty);
    if (preA.length === 0 && preB.length === 0) return { k: "cond", ty, c, a, b };
    const t = this.scope.temp();
    out.push({ k: "decl", name: t, ty, init: undefined });
    const assign = (e: Expr): Stmt => ({
      k: "expr",
      e: { k: "assign", ty, name: t, global: false, e },
    });
    out.push({ k: "if", c, then: [...preA, assign(a)], otherwise: [...preB, assign(b)] });
    return { k: "var", ty, name: t, global: false };
  }
}
