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
import {
  enumLiterals,
  isOptional,
  isStruct,
  structName,
  valueTypeOf,
  type StructType,
  type ValueType,
} from "../check/value-types.ts";
import type { Expr, Function, Global, Module, Param, Stmt, TextPart } from "../ir.ts";
import type { StateLayout } from "../state/schema.ts";
import { cIdentifier, fieldName, FunctionScope, NameTable } from "./names.ts";
import { numericBinary, toF64, toInt, toType, type NumericOperator } from "./numeric.ts";

export class LoweringError extends Error {
  constructor(
    readonly node: ts.Node,
    message: string,
  ) {
    super(message);
  }
}

interface LoopContext {
  /** label that `continue` jumps to, when the loop needs one */
  readonly label: string | undefined;
  used: boolean;
}

const faultClasses: Readonly<Record<string, string>> = {
  memManage: "RG_FAULT_MEM_MANAGE",
  busFault: "RG_FAULT_BUS_FAULT",
  undefinedInstruction: "RG_FAULT_UNDEFINED_INSTRUCTION",
  divideByZero: "RG_FAULT_DIVIDE_BY_ZERO",
  stackOverflow: "RG_FAULT_STACK_OVERFLOW",
  hardFault: "RG_FAULT_HARD_FAULT",
};

const binaryOperators: ReadonlyMap<ts.SyntaxKind, NumericOperator> = new Map([
  [ts.SyntaxKind.PlusToken, "+"],
  [ts.SyntaxKind.MinusToken, "-"],
  [ts.SyntaxKind.AsteriskToken, "*"],
  [ts.SyntaxKind.SlashToken, "/"],
  [ts.SyntaxKind.PercentToken, "%"],
  [ts.SyntaxKind.AsteriskAsteriskToken, "**"],
  [ts.SyntaxKind.AmpersandToken, "&"],
  [ts.SyntaxKind.BarToken, "|"],
  [ts.SyntaxKind.CaretToken, "^"],
  [ts.SyntaxKind.LessThanLessThanToken, "<<"],
  [ts.SyntaxKind.GreaterThanGreaterThanToken, ">>"],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken, ">>>"],
  [ts.SyntaxKind.LessThanToken, "<"],
  [ts.SyntaxKind.GreaterThanToken, ">"],
  [ts.SyntaxKind.LessThanEqualsToken, "<="],
  [ts.SyntaxKind.GreaterThanEqualsToken, ">="],
  [ts.SyntaxKind.EqualsEqualsEqualsToken, "==="],
  [ts.SyntaxKind.ExclamationEqualsEqualsToken, "!=="],
]);

const compoundOperators: ReadonlyMap<ts.SyntaxKind, NumericOperator> = new Map([
  [ts.SyntaxKind.PlusEqualsToken, "+"],
  [ts.SyntaxKind.MinusEqualsToken, "-"],
  [ts.SyntaxKind.AsteriskEqualsToken, "*"],
  [ts.SyntaxKind.SlashEqualsToken, "/"],
  [ts.SyntaxKind.PercentEqualsToken, "%"],
  [ts.SyntaxKind.AsteriskAsteriskEqualsToken, "**"],
  [ts.SyntaxKind.AmpersandEqualsToken, "&"],
  [ts.SyntaxKind.BarEqualsToken, "|"],
  [ts.SyntaxKind.CaretEqualsToken, "^"],
  [ts.SyntaxKind.LessThanLessThanEqualsToken, "<<"],
  [ts.SyntaxKind.GreaterThanGreaterThanEqualsToken, ">>"],
  [ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ">>>"],
]);

export function hasEffects(e: Expr): boolean {
  switch (e.k) {
    case "number":
    case "int":
    case "bool":
    case "enum":
    case "var":
    case "funcref":
      return false;
    case "object":
      return e.fields.some((f) => hasEffects(f.e));
    case "field":
    case "addr":
    case "some":
      return hasEffects(e.e);
    case "call":
    case "assign":
    case "update":
      return true;
    case "rt":
      return e.effects || e.args.some(hasEffects);
    case "convert":
    case "unary":
      return hasEffects(e.e);
    case "binary":
      return hasEffects(e.l) || hasEffects(e.r);
    case "cond":
      return hasEffects(e.c) || hasEffects(e.a) || hasEffects(e.b);
  }
}

function isConstant(e: Expr): boolean {
  return e.k === "number" || e.k === "int" || e.k === "bool" || e.k === "enum";
}

/** A variable or a field of one: something whose address can be taken. */
function isPlace(e: Expr): boolean {
  if (e.k === "var") return true;
  return e.k === "field" && isPlace(e.e);
}

/** A value stored where `to` is expected: integers widen to double, a struct becomes a present optional. */
function coerce(e: Expr, to: ValueType): Expr {
  if (isOptional(to) && isStruct(e.ty)) return { k: "some", ty: to, e };
  return toType(e, to);
}

interface Place {
  readonly name: string;
  readonly global: boolean;
  readonly path: readonly string[];
  readonly ty: ValueType;
}

export function lowerModule(
  sourceFile: ts.SourceFile,
  checker: ts.TypeChecker,
  sourcePath: string,
  moduleId: string,
  state: StateLayout | undefined,
): Module {
  return new Lowerer(sourceFile, checker, state).module(sourcePath, moduleId);
}

class Lowerer {
  private readonly names = new NameTable();
  private readonly globals: Global[] = [];
  private readonly functions: Function[] = [];
  private scope = new FunctionScope();
  private loops: LoopContext[] = [];
  private returnType: ValueType = "void";
  private probesState = false;
  private readonly stateCalls = { load: false, save: false };

  constructor(
    private readonly file: ts.SourceFile,
    private readonly checker: ts.TypeChecker,
    private readonly state: StateLayout | undefined,
  ) {}

  module(sourcePath: string, moduleId: string): Module {
    const declarations: ts.FunctionDeclaration[] = [];
    for (const s of this.file.statements) {
      if (ts.isFunctionDeclaration(s)) {
        this.names.defineFunction(s);
        declarations.push(s);
      } else if (ts.isVariableStatement(s)) {
        for (const d of s.declarationList.declarations) {
          const name = `v_${cIdentifier(this.identifierText(d.name))}`;
          const ty = this.typeOf(d.name);
          this.names.defineVariable(d, { name, global: true, ty });
          this.globals.push({ name, ty });
        }
      }
    }
    for (const f of declarations) this.functions.push(this.functionDeclaration(f));
    const main = this.withFunction("void", () => this.block(this.file.statements));
    return {
      sourcePath,
      moduleId,
      globals: this.globals,
      functions: this.functions,
      structs: structTable(this.checker).all(),
      state: this.state,
      probesState: this.probesState,
      stateCalls: this.stateCalls,
      main: { name: "rg_main", params: [], returns: "void", body: main, line: 1 },
    };
  }

  private identifierText(name: ts.BindingName): string {
    if (!ts.isIdentifier(name)) throw new LoweringError(name, "destructuring reached lowering");
    return name.text;
  }

  private typeOf(node: ts.Node): ValueType {
    const t = valueTypeOf(this.checker.getTypeAtLocation(node), this.checker);
    if (t === undefined) throw new LoweringError(node, "a type outside the subset reached lowering");
    return t;
  }

  private line(node: ts.Node): Stmt {
    return { k: "line", line: this.file.getLineAndCharacterOfPosition(node.getStart(this.file)).line + 1 };
  }

  /** Runs body with a fresh C function scope. */
  private withFunction<T>(returns: ValueType, body: () => T): T {
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

  private functionDeclaration(f: ts.FunctionDeclaration): Function {
    const name = this.names.function(f) ?? "f_missing";
    const signature = this.checker.getSignatureFromDeclaration(f);
    const returnTsType =
      signature === undefined ? undefined : this.checker.getReturnTypeOfSignature(signature);
    const returns = returnTsType === undefined ? "void" : (valueTypeOf(returnTsType, this.checker) ?? "void");
    return this.withFunction(returns, () => {
      const params: Param[] = f.parameters.map((p) => {
        const ty = this.typeOf(p.name);
        const cname = this.scope.unique(`p_${cIdentifier(this.identifierText(p.name))}`);
        // A struct parameter is a pointer to the caller's object; uses read through it.
        const use = isStruct(ty) ? `(*${cname})` : cname;
        this.names.defineVariable(p, { name: use, global: false, ty });
        return { name: cname, ty };
      });
      const body = this.block(f.body?.statements ?? []);
      return {
        name,
        params,
        returns,
        body,
        line: this.file.getLineAndCharacterOfPosition(f.getStart(this.file)).line + 1,
      };
    });
  }

  // --- statements ---------------------------------------------------------------------------------

  private block(statements: readonly ts.Statement[]): Stmt[] {
    const out: Stmt[] = [];
    for (const s of statements) this.statement(s, out);
    return out;
  }

  private nested(s: ts.Statement): Stmt[] {
    const out: Stmt[] = [];
    this.statement(s, out);
    return out;
  }

  private statement(s: ts.Statement, out: Stmt[]): void {
    if (
      ts.isFunctionDeclaration(s) ||
      ts.isImportDeclaration(s) ||
      ts.isEmptyStatement(s) ||
      ts.isInterfaceDeclaration(s) ||
      ts.isTypeAliasDeclaration(s)
    ) {
      return;
    }
    if (ts.isBlock(s)) {
      out.push({ k: "block", body: this.block(s.statements) });
      return;
    }
    out.push(this.line(s));
    if (ts.isVariableStatement(s)) {
      this.declarations(s.declarationList, out);
    } else if (ts.isExpressionStatement(s)) {
      this.expressionStatement(s.expression, out);
    } else if (ts.isIfStatement(s)) {
      const c = this.expr(s.expression, out);
      const then = this.nested(s.thenStatement);
      const otherwise = s.elseStatement === undefined ? [] : this.nested(s.elseStatement);
      out.push({ k: "if", c, then, otherwise });
    } else if (ts.isWhileStatement(s)) {
      this.loop(s.expression, s.statement, undefined, out);
    } else if (ts.isDoStatement(s)) {
      this.doLoop(s, out);
    } else if (ts.isForStatement(s)) {
      const body: Stmt[] = [];
      if (s.initializer !== undefined) {
        if (ts.isVariableDeclarationList(s.initializer)) this.declarations(s.initializer, body);
        else this.expressionStatement(s.initializer, body);
      }
      this.loop(s.condition, s.statement, s.incrementor, body);
      out.push({ k: "block", body });
    } else if (ts.isSwitchStatement(s)) {
      this.switchStatement(s, out);
    } else if (ts.isBreakStatement(s)) {
      out.push({ k: "break" });
    } else if (ts.isContinueStatement(s)) {
      const loop = this.loops[this.loops.length - 1];
      if (loop !== undefined && loop.label !== undefined) loop.used = true;
      out.push({ k: "continue", label: loop?.label });
    } else if (ts.isReturnStatement(s)) {
      const e =
        s.expression === undefined ? undefined : coerce(this.expr(s.expression, out), this.returnType);
      out.push({ k: "return", e });
    } else {
      throw new LoweringError(s, `${ts.SyntaxKind[s.kind]} reached lowering`);
    }
  }

  private declarations(list: ts.VariableDeclarationList, out: Stmt[]): void {
    for (const d of list.declarations) {
      if (d.initializer === undefined) throw new LoweringError(d, "declaration without initializer");
      const existing = this.names.variable(d);
      const ty = existing?.ty ?? this.typeOf(d.name);
      const init = coerce(this.expr(d.initializer, out), ty);
      if (existing !== undefined) {
        out.push({ k: "expr", e: { k: "assign", ty, name: existing.name, global: true, path: [], e: init } });
      } else {
        const name = this.scope.unique(`l_${cIdentifier(this.identifierText(d.name))}`);
        this.names.defineVariable(d, { name, global: false, ty });
        out.push({ k: "decl", name, ty, init });
      }
    }
  }

  /** while / for: `for (;;) { if (!cond) break; body; [label:] update }` */
  private loop(
    condition: ts.Expression | undefined,
    bodyNode: ts.Statement,
    incrementor: ts.Expression | undefined,
    out: Stmt[],
  ): void {
    const body: Stmt[] = [];
    if (condition !== undefined) {
      const c = this.expr(condition, body);
      body.push({
        k: "if",
        c: { k: "unary", ty: "bool", op: "!", e: c },
        then: [{ k: "break" }],
        otherwise: [],
      });
    }
    const context: LoopContext = {
      label: incrementor === undefined ? undefined : this.scope.unique("next"),
      used: false,
    };
    this.loops.push(context);
    body.push(...this.nested(bodyNode));
    this.loops.pop();
    const update: Stmt[] = [];
    if (incrementor !== undefined) this.expressionStatement(incrementor, update);
    out.push({ k: "loop", body, continueLabel: context.used ? context.label : undefined, update });
  }

  /** do body while (cond): `for (;;) { body; [label:] if (!cond) break; }` */
  private doLoop(s: ts.DoStatement, out: Stmt[]): void {
    const context: LoopContext = { label: this.scope.unique("next"), used: false };
    this.loops.push(context);
    const body = this.nested(s.statement);
    this.loops.pop();
    const update: Stmt[] = [];
    const c = this.expr(s.expression, update);
    update.push({
      k: "if",
      c: { k: "unary", ty: "bool", op: "!", e: c },
      then: [{ k: "break" }],
      otherwise: [],
    });
    out.push({ k: "loop", body, continueLabel: context.used ? context.label : undefined, update });
  }

  /** switch: pick the clause index with === tests in source order, then a C switch over the index keeps
   * fall-through and `break` exactly. */
  private switchStatement(s: ts.SwitchStatement, out: Stmt[]): void {
    const discriminant = this.spill(this.expr(s.expression, out), out);
    const clauses = s.caseBlock.clauses;
    const defaultIndex = clauses.findIndex((c) => ts.isDefaultClause(c));
    const index = this.scope.temp();
    out.push({ k: "decl", name: index, ty: "i32", init: { k: "int", ty: "i32", value: defaultIndex } });
    const indexVar: Expr = { k: "var", ty: "i32", name: index, global: false };
    let chain: Stmt[] = [];
    for (let i = clauses.length - 1; i >= 0; i--) {
      const clause = clauses[i];
      if (clause === undefined || !ts.isCaseClause(clause)) continue;
      const test: Stmt[] = [];
      const value = this.compared(clause.expression, discriminant.ty, test);
      const c = this.equality(discriminant, value, "===");
      test.push({
        k: "if",
        c,
        then: [
          {
            k: "expr",
            e: {
              k: "assign",
              ty: "i32",
              name: index,
              global: false,
              path: [],
              e: { k: "int", ty: "i32", value: i },
            },
          },
        ],
        otherwise: chain,
      });
      chain = test;
    }
    out.push(...chain);
    const cases = clauses.map((clause) => this.block(clause.statements));
    out.push({ k: "switch", index: indexVar, cases });
  }

  private expressionStatement(e: ts.Expression, out: Stmt[]): void {
    if (ts.isParenthesizedExpression(e)) return this.expressionStatement(e.expression, out);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.CommaToken) {
      this.expressionStatement(e.left, out);
      this.expressionStatement(e.right, out);
      return;
    }
    if (ts.isCallExpression(e)) {
      const builtin = calleeBuiltin(e.expression, this.checker);
      if (builtin === "console.log" || builtin === "panic") {
        const parts = this.textParts(e.arguments, builtin === "console.log", out);
        out.push({ k: builtin === "console.log" ? "log" : "panic", parts });
        return;
      }
      if (builtin === "exit") {
        const code = this.operands(e.arguments, out)[0];
        out.push({
          k: "noreturn",
          fn: "rg_rt_exit",
          args: [toF64(code ?? { k: "number", ty: "f64", value: 0 })],
        });
        return;
      }
      if (builtin !== undefined && builtin.startsWith("fault.")) {
        const name = builtin.slice("fault.".length);
        const cls = faultClasses[name];
        if (name === "hang") out.push({ k: "noreturn", fn: "rg_rt_hang", args: [] });
        else if (cls !== undefined)
          out.push({
            k: "noreturn",
            fn: "rg_rt_fault",
            args: [{ k: "var", ty: "u32", name: cls, global: false }],
          });
        else throw new LoweringError(e, `unknown fault ${name}`);
        return;
      }
    }
    out.push({ k: "expr", e: this.expr(e, out) });
  }

  // --- expressions --------------------------------------------------------------------------------

  /** Saves a non-constant value in a temporary so later side effects cannot change it. */
  private spill(e: Expr, out: Stmt[]): Expr {
    if (isConstant(e) || e.ty === "void") return e;
    const name = this.scope.temp();
    out.push({ k: "decl", name, ty: e.ty, init: e });
    return { k: "var", ty: e.ty, name, global: false };
  }

  /** Lowers operands left to right; those before the last one with side effects are saved first. */
  private operands(nodes: readonly ts.Expression[], out: Stmt[]): Expr[] {
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

  private expr(node: ts.Expression, out: Stmt[]): Expr {
    if (ts.isParenthesizedExpression(node)) return this.expr(node.expression, out);
    if (ts.isNumericLiteral(node))
      return { k: "number", ty: "f64", value: Number(node.getText(this.file).replace(/_/g, "")) };
    if (node.kind === ts.SyntaxKind.TrueKeyword) return { k: "bool", ty: "bool", value: true };
    if (node.kind === ts.SyntaxKind.FalseKeyword) return { k: "bool", ty: "bool", value: false };
    if (ts.isIdentifier(node)) return this.identifier(node);
    if (ts.isPrefixUnaryExpression(node)) return this.prefix(node, out);
    if (ts.isPostfixUnaryExpression(node)) return this.update(node.operand, node.operator, false);
    if (ts.isBinaryExpression(node)) return this.binary(node, out);
    if (ts.isConditionalExpression(node)) return this.conditional(node, out);
    if (ts.isCallExpression(node)) return this.call(node, out);
    if (ts.isObjectLiteralExpression(node)) return this.objectLiteral(node, out);
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
      const base = this.expr(node.expression, out);
      return { k: "field", ty: this.typeOf(node), e: base, name: fieldName(node.name.text) };
    }
    throw new LoweringError(node, `${ts.SyntaxKind[node.kind]} reached lowering`);
  }

  private identifier(id: ts.Identifier): Expr {
    const r = resolveIdentifier(id, this.checker);
    if (r.k === "builtin" && r.name === "NaN") return { k: "number", ty: "f64", value: NaN };
    if (r.k === "builtin" && r.name === "Infinity") return { k: "number", ty: "f64", value: Infinity };
    if (r.k !== "variable") throw new LoweringError(id, `\`${id.text}\` is not a variable`);
    const v = this.names.variable(r.decl);
    if (v === undefined)
      throw new LoweringError(id, `\`${id.text}\` used before its declaration was lowered`);
    const variable: Expr = { k: "var", ty: v.ty, name: v.name, global: v.global };
    // `T | undefined` narrowed to T (after `if (s !== undefined)`): the value inside.
    const here = this.typeOf(id);
    if (isOptional(v.ty) && isStruct(here)) return { k: "field", ty: here, e: variable, name: "value" };
    return variable;
  }

  /** The variable, and field path below it, that an assignment or ++/-- writes. */
  private place(node: ts.Expression): Place {
    if (ts.isParenthesizedExpression(node)) return this.place(node.expression);
    if (ts.isPropertyAccessExpression(node)) {
      const base = this.place(node.expression);
      return { ...base, path: [...base.path, fieldName(node.name.text)], ty: this.typeOf(node) };
    }
    if (!ts.isIdentifier(node)) throw new LoweringError(node, "assignment to a non-variable");
    const r = resolveIdentifier(node, this.checker);
    const v = r.k === "variable" ? this.names.variable(r.decl) : undefined;
    if (v === undefined) throw new LoweringError(node, `\`${node.text}\` is not a known variable`);
    // A narrowed `T | undefined` (the base of `s.count = …`) writes the value inside; the variable itself
    // as an assignment target has its declared type.
    const here = this.typeOf(node);
    if (isOptional(v.ty) && isStruct(here))
      return { name: v.name, global: v.global, path: ["value"], ty: here };
    return { name: v.name, global: v.global, path: [], ty: v.ty };
  }

  private update(operand: ts.Expression, operator: ts.SyntaxKind, prefix: boolean): Expr {
    const v = this.place(operand);
    const op = operator === ts.SyntaxKind.PlusPlusToken ? "++" : "--";
    return { k: "update", ty: "f64", name: v.name, global: v.global, path: v.path, op, prefix };
  }

  /** An object literal of a declared struct type: fields evaluated in source order, stored in struct order. */
  private objectLiteral(node: ts.ObjectLiteralExpression, out: Stmt[]): Expr {
    const contextual = this.checker.getContextualType(node);
    const t = contextual === undefined ? undefined : valueTypeOf(contextual, this.checker);
    if (!isStruct(t) && !isOptional(t)) throw new LoweringError(node, "object literal without a struct type");
    const ty: StructType = `struct:${structName(t)}`;
    const layout = structTable(this.checker).layout(structName(t));
    if (layout === undefined) throw new LoweringError(node, "object literal of an unknown struct");
    const entries = node.properties.map((p) => {
      if (!ts.isPropertyAssignment(p)) throw new LoweringError(p, "unsupported object literal member");
      const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : "";
      return { name, node: p.initializer };
    });
    const values = this.operands(
      entries.map((e) => e.node),
      out,
    );
    const fields = layout.fields.map((f) => {
      const value = values[entries.findIndex((e) => e.name === f.name)];
      if (value === undefined) throw new LoweringError(node, `field ${f.name} has no value`);
      return { name: fieldName(f.name), e: coerce(value, f.ty) };
    });
    return { k: "object", ty, fields };
  }

  /** `loadState<T>() ?? fallback`: the loaded value when present, else the fallback (evaluated only then). */
  private nullish(node: ts.BinaryExpression, out: Stmt[]): Expr {
    const ty = this.typeOf(node);
    const left = this.expr(node.left, out);
    const saved = left.k === "var" ? left : this.spill(left, out);
    const present: Expr = { k: "field", ty: "bool", e: saved, name: "present" };
    const value: Expr = { k: "field", ty, e: saved, name: "value" };
    const pre: Stmt[] = [];
    const fallback = coerce(this.expr(node.right, pre), ty);
    if (pre.length === 0) return { k: "cond", ty, c: present, a: value, b: fallback };
    const t = this.scope.temp();
    out.push({ k: "decl", name: t, ty, init: value });
    const assign: Stmt = {
      k: "expr",
      e: { k: "assign", ty, name: t, global: false, path: [], e: fallback },
    };
    out.push({
      k: "if",
      c: { k: "unary", ty: "bool", op: "!", e: present },
      then: [...pre, assign],
      otherwise: [],
    });
    return { k: "var", ty, name: t, global: false };
  }

  private prefix(node: ts.PrefixUnaryExpression, out: Stmt[]): Expr {
    switch (node.operator) {
      case ts.SyntaxKind.PlusPlusToken:
      case ts.SyntaxKind.MinusMinusToken:
        return this.update(node.operand, node.operator, true);
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
        return { k: "unary", ty: "bool", op: "!", e: this.expr(node.operand, out) };
    }
  }

  /** A value compared with `other`: a string literal compared with a start reason, fault class or save
   * result becomes its number. */
  private compared(node: ts.Expression, other: ValueType, out: Stmt[]): Expr {
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

  private equality(l: Expr, r: Expr, op: "===" | "!=="): Expr {
    if (l.ty === "bool" || l.ty === "reason" || l.ty === "fault" || l.ty === "save" || l.ty === "timer") {
      return { k: "binary", ty: "bool", op: op === "===" ? "==" : "!=", l, r };
    }
    return numericBinary(op, l, r);
  }

  private binary(node: ts.BinaryExpression, out: Stmt[]): Expr {
    const kind = node.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken || kind === ts.SyntaxKind.BarBarToken) {
      return this.logical(node, kind === ts.SyntaxKind.AmpersandAmpersandToken, out);
    }
    if (kind === ts.SyntaxKind.QuestionQuestionToken) return this.nullish(node, out);
    if (kind === ts.SyntaxKind.EqualsToken) {
      const v = this.place(node.left);
      return {
        k: "assign",
        ty: v.ty,
        name: v.name,
        global: v.global,
        path: v.path,
        e: coerce(this.expr(node.right, out), v.ty),
      };
    }
    const compound = compoundOperators.get(kind);
    if (compound !== undefined) {
      const v = this.place(node.left);
      const [l, r] = this.operands([node.left, node.right], out);
      if (l === undefined || r === undefined) throw new LoweringError(node, "missing operand");
      return {
        k: "assign",
        ty: v.ty,
        name: v.name,
        global: v.global,
        path: v.path,
        e: toType(numericBinary(compound, l, r), v.ty),
      };
    }
    if (kind === ts.SyntaxKind.CommaToken) {
      this.expressionStatement(node.left, out);
      return this.expr(node.right, out);
    }
    const op = binaryOperators.get(kind);
    if (op === undefined)
      throw new LoweringError(node, `operator ${node.operatorToken.getText()} reached lowering`);
    if (op === "===" || op === "!==") {
      const undefinedLeft = ts.isIdentifier(node.left) && node.left.text === "undefined";
      if (undefinedLeft || (ts.isIdentifier(node.right) && node.right.text === "undefined")) {
        const other = this.expr(undefinedLeft ? node.right : node.left, out);
        const present: Expr = { k: "field", ty: "bool", e: other, name: "present" };
        return op === "!==" ? present : { k: "unary", ty: "bool", op: "!", e: present };
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
      return this.equality(l, r, op);
    }
    const [l, r] = this.operands([node.left, node.right], out);
    if (l === undefined || r === undefined) throw new LoweringError(node, "missing operand");
    return numericBinary(op, l, r);
  }

  private logical(node: ts.BinaryExpression, and: boolean, out: Stmt[]): Expr {
    const l = this.expr(node.left, out);
    const pre: Stmt[] = [];
    const r = this.expr(node.right, pre);
    if (pre.length === 0) return { k: "binary", ty: "bool", op: and ? "&&" : "||", l, r };
    const t = this.scope.temp();
    out.push({ k: "decl", name: t, ty: "bool", init: l });
    const tv: Expr = { k: "var", ty: "bool", name: t, global: false };
    const evaluateRight: Stmt[] = [
      ...pre,
      { k: "expr", e: { k: "assign", ty: "bool", name: t, global: false, path: [], e: r } },
    ];
    const c: Expr = and ? tv : { k: "unary", ty: "bool", op: "!", e: tv };
    out.push({ k: "if", c, then: evaluateRight, otherwise: [] });
    return tv;
  }

  private conditional(node: ts.ConditionalExpression, out: Stmt[]): Expr {
    const ty = this.typeOf(node);
    const c = this.expr(node.condition, out);
    const preA: Stmt[] = [];
    const a = toType(this.expr(node.whenTrue, preA), ty);
    const preB: Stmt[] = [];
    const b = toType(this.expr(node.whenFalse, preB), ty);
    if (preA.length === 0 && preB.length === 0) return { k: "cond", ty, c, a, b };
    const t = this.scope.temp();
    out.push({ k: "decl", name: t, ty, init: undefined });
    const assign = (e: Expr): Stmt => ({
      k: "expr",
      e: { k: "assign", ty, name: t, global: false, path: [], e },
    });
    out.push({ k: "if", c, then: [...preA, assign(a)], otherwise: [...preB, assign(b)] });
    return { k: "var", ty, name: t, global: false };
  }

  private call(node: ts.CallExpression, out: Stmt[]): Expr {
    const builtin = calleeBuiltin(node.expression, this.checker);
    const timer = builtin === "setTimeout" || builtin === "setInterval";
    // A timer's callback is not a value: it is lifted into a function of its own below.
    if (builtin === "loadState") {
      this.stateCalls.load = true;
      return { k: "rt", ty: this.typeOf(node), fn: "rg_state_load", args: [], effects: true };
    }
    if (builtin === "saveState") {
      this.stateCalls.save = true;
      const stateType: ValueType = this.state === undefined ? "void" : `struct:${this.state.typeName}`;
      const args = this.callArguments(node.arguments, [stateType], out);
      return { k: "rt", ty: "save", fn: "rg_state_save", args, effects: true };
    }
    if (builtin === undefined) return this.userCall(node, out);
    const args = this.operands(timer ? node.arguments.slice(1) : node.arguments, out);
    const first = args[0];
    switch (builtin) {
      case "i32":
      case "u32":
      case "u8":
        if (first === undefined) throw new LoweringError(node, "conversion without argument");
        return toInt(first, builtin);
      case "now":
        return { k: "rt", ty: "f64", fn: "rg_rt_now", args: [], effects: false };
      case "setTimeout":
      case "setInterval": {
        const callback = node.arguments[0];
        if (callback === undefined) throw new LoweringError(node, "timer without callback");
        const fn = this.callback(callback);
        const delay = first === undefined ? ({ k: "number", ty: "f64", value: 0 } as const) : toF64(first);
        const repeat: Expr = { k: "bool", ty: "bool", value: builtin === "setInterval" };
        return {
          k: "rt",
          ty: "timer",
          fn: "rg_rt_timer_start",
          args: [{ k: "funcref", ty: "void", fn }, delay, repeat],
          effects: true,
        };
      }
      case "clearTimeout":
      case "clearInterval":
        if (first === undefined) throw new LoweringError(node, "clear without id");
        return { k: "rt", ty: "void", fn: "rg_rt_timer_cancel", args: [first], effects: true };
      case "debug.hangKernel":
        return { k: "rt", ty: "void", fn: "rg_rt_debug_hang_kernel", args: [], effects: true };
      case undefined:
        break;
      default:
        throw new LoweringError(node, `${builtin} used as a value`);
    }
    return this.userCall(node, out);
  }

  private userCall(node: ts.CallExpression, out: Stmt[]): Expr {
    if (!ts.isIdentifier(node.expression)) throw new LoweringError(node, "call of a non-function");
    const r = resolveIdentifier(node.expression, this.checker);
    const fn = r.k === "function" ? this.names.function(r.decl) : undefined;
    if (r.k !== "function" || fn === undefined) throw new LoweringError(node, "call of an unknown function");
    const params = r.decl.parameters.map((p) => this.typeOf(p.name));
    const args = this.callArguments(node.arguments, params, out);
    return { k: "call", ty: this.typeOf(node), fn, args };
  }

  /** Arguments left to right, like operands; a struct argument is passed by address: a place as itself
   * (JavaScript passes the object, so the callee sees it as it is then), a new object via a temporary. */
  private callArguments(nodes: readonly ts.Expression[], params: readonly ValueType[], out: Stmt[]): Expr[] {
    const lowered = nodes.map((n) => {
      const pre: Stmt[] = [];
      const e = this.expr(n, pre);
      return { pre, e };
    });
    const effects = lowered.some((p) => p.pre.length > 0 || hasEffects(p.e));
    return lowered.map((p, i) => {
      out.push(...p.pre);
      const ty = params[i] ?? p.e.ty;
      if (isStruct(ty)) {
        const place = isPlace(p.e) ? p.e : this.spill(p.e, out);
        return { k: "addr", ty, e: place };
      }
      const e = coerce(p.e, ty);
      return effects && i < lowered.length - 1 ? this.spill(e, out) : e;
    });
  }

  /** The C function a timer calls: a user function (wrapped when it takes or returns something) or a lifted
   * arrow function. */
  private callback(node: ts.Expression): string {
    if (ts.isIdentifier(node)) {
      const r = resolveIdentifier(node, this.checker);
      if (r.k !== "function") throw new LoweringError(node, "callback is not a function");
      const fn = this.names.function(r.decl);
      if (fn === undefined) throw new LoweringError(node, "unknown callback");
      const signature = this.checker.getSignatureFromDeclaration(r.decl);
      const returns =
        signature === undefined
          ? "void"
          : valueTypeOf(this.checker.getReturnTypeOfSignature(signature), this.checker);
      if (returns === "void") return fn;
      const name = this.names.nextCallback();
      this.functions.push({
        name,
        params: [],
        returns: "void",
        line: 1,
        body: [{ k: "expr", e: { k: "call", ty: returns ?? "void", fn, args: [] } }],
      });
      return name;
    }
    if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node))
      throw new LoweringError(node, "unsupported callback");
    const name = this.names.nextCallback();
    const body = this.withFunction("void", () => {
      if (ts.isBlock(node.body)) return this.block(node.body.statements);
      const out: Stmt[] = [this.line(node.body)];
      this.expressionStatement(node.body, out);
      return out;
    });
    this.functions.push({
      name,
      params: [],
      returns: "void",
      body,
      line: this.file.getLineAndCharacterOfPosition(node.getStart(this.file)).line + 1,
    });
    return name;
  }

  private textParts(args: readonly ts.Expression[], separate: boolean, out: Stmt[]): TextPart[] {
    // Flatten arguments and template spans into pieces; values are lowered left to right with the usual
    // saving of earlier values when a later one has side effects.
    type Piece = { k: "text"; text: string } | { k: "node"; node: ts.Expression; inspect: boolean };
    const pieces: Piece[] = [];
    args.forEach((a, i) => {
      if (i > 0 && separate) pieces.push({ k: "text", text: " " });
      if (ts.isStringLiteralLike(a)) {
        pieces.push({ k: "text", text: a.text });
      } else if (ts.isTemplateExpression(a)) {
        pieces.push({ k: "text", text: a.head.text });
        for (const span of a.templateSpans) {
          if (ts.isStringLiteralLike(span.expression)) pieces.push({ k: "text", text: span.expression.text });
          else pieces.push({ k: "node", node: span.expression, inspect: false });
          pieces.push({ k: "text", text: span.literal.text });
        }
      } else {
        pieces.push({ k: "node", node: a, inspect: separate });
      }
    });
    const nodes = pieces.flatMap((p) => (p.k === "node" ? [p.node] : []));
    const values = this.operands(nodes, out);
    let next = 0;
    const parts: TextPart[] = [];
    for (const p of pieces) {
      if (p.k === "text") {
        if (p.text !== "") parts.push({ k: "text", text: p.text });
      } else {
        const e = values[next++];
        if (e === undefined) throw new LoweringError(p.node, "missing value");
        parts.push({ k: "value", e, inspect: p.inspect });
      }
    }
    return parts;
  }
}
