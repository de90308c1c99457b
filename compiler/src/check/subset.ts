// subset.ts: reports every construct outside regen's TypeScript subset (docs/SUBSET.md).
//
// Runs after TypeScript's diagnostics (even when they report type errors, so nodes may have the error type:
// such nodes get no type-based report here) and before lowering, which may then assume a program made only
// of supported constructs. Walks the whole file; each unsupported construct gets one diagnostic with a code
// from the catalogue and a hint, and its children are not examined further (one report per mistake).
import { ts } from "ts-morph";

import type { DiagnosticSink } from "../diagnostics/diagnostic.ts";
import { checkForbidden } from "./forbidden.ts";
import { enumDeclarationOf } from "../lower/enum-reverse.ts";
import { isArrayLength } from "../lower/array-length.ts";
import { isLogicalAssignment } from "../lower/logical-assignment.ts";
import { calleeBuiltin, resolveIdentifier, resolveSymbol } from "./resolve.ts";
import { checkAwaitPosition, isNewPromise } from "./subset-async.ts";
import {
  checkErrorInstanceOf,
  checkExceptionStatement,
  checkNewError,
  type SubsetCallbacks,
} from "./subset-exceptions.ts";
import { enumLiterals, isBoxed, isInteger, isNumeric, valueTypeOf, type ValueType } from "./value-types.ts";

/** `typeof x === "string"` (either side): the operand and the type name. */
export function typeofTest(e: ts.BinaryExpression): { operand: ts.Expression; name: string } | undefined {
  const l = skipParentheses(e.left);
  const r = skipParentheses(e.right);
  if (ts.isTypeOfExpression(l) && ts.isStringLiteralLike(r)) return { operand: l.expression, name: r.text };
  if (ts.isTypeOfExpression(r) && ts.isStringLiteralLike(l)) return { operand: r.expression, name: l.text };
  return undefined;
}

/** The expression inside parentheses and non-null assertions (`(x)`, `x!`: the same place and value). */
function skipParentheses(e: ts.Expression): ts.Expression {
  return ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) ? skipParentheses(e.expression) : e;
}

function isUndefinedKeyword(e: ts.Expression): boolean {
  return ts.isIdentifier(e) && e.text === "undefined";
}

/** Global library functions an app may pass as values (lower/library.ts libraryFunctionValue). */
const libraryFunctionValues = new Set(["parseInt", "parseFloat", "isNaN", "isFinite", "String", "Number"]);

export function checkSubset(sourceFile: ts.SourceFile, checker: ts.TypeChecker, sink: DiagnosticSink): void {
  new SubsetChecker(checker, sink).visitFile(sourceFile);
  checkForbidden(sourceFile, checker, sink);
}

const arithmetic = new Set([
  ts.SyntaxKind.PlusToken,
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.AmpersandToken,
  ts.SyntaxKind.BarToken,
  ts.SyntaxKind.CaretToken,
  ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.LessThanToken,
  ts.SyntaxKind.GreaterThanToken,
  ts.SyntaxKind.LessThanEqualsToken,
  ts.SyntaxKind.GreaterThanEqualsToken,
]);

const compoundAssignments = new Set([
  ts.SyntaxKind.PlusEqualsToken,
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
]);

class SubsetChecker {
  constructor(
    private readonly checker: ts.TypeChecker,
    private readonly sink: DiagnosticSink,
  ) {}

  visitFile(file: ts.SourceFile): void {
    for (const statement of file.statements) this.statement(statement, true);
  }

  private typeOf(node: ts.Node): ValueType | undefined {
    return valueTypeOf(this.checker.getTypeAtLocation(node), this.checker);
  }

  /**
   * True when TypeScript could not type the node (it reported why, e.g. a missing property or an implicit
   * any). The checks below then skip their type-based report and look at the construct itself, so the
   * report names the real cause (an array) instead of an unsupported type.
   */
  private erroneous(node: ts.Node): boolean {
    const t = this.checker.getTypeAtLocation(node);
    return (t.flags & ts.TypeFlags.Any) !== 0 && (t as { intrinsicName?: string }).intrinsicName === "error";
  }

  private isArray(node: ts.Node): boolean {
    return /\[\]|Array</.test(this.checker.typeToString(this.checker.getTypeAtLocation(node)));
  }

  private statement(s: ts.Statement, topLevel: boolean): void {
    if (ts.isVariableStatement(s)) {
      if (s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
        this.sink.atNode(
          "unsupportedSyntax",
          s,
          "exports are not supported",
          "an app is one file; remove `export`",
        );
        return;
      }
      this.declarationList(s.declarationList);
    } else if (ts.isExpressionStatement(s)) {
      this.expression(s.expression, "statement");
    } else if (ts.isIfStatement(s)) {
      this.condition(s.expression);
      this.statement(s.thenStatement, false);
      if (s.elseStatement !== undefined) this.statement(s.elseStatement, false);
    } else if (ts.isWhileStatement(s) || ts.isDoStatement(s)) {
      this.condition(s.expression);
      this.statement(s.statement, false);
    } else if (ts.isForStatement(s)) {
      if (s.initializer !== undefined) {
        if (ts.isVariableDeclarationList(s.initializer)) this.declarationList(s.initializer);
        else this.expression(s.initializer, "statement");
      }
      if (s.condition !== undefined) this.condition(s.condition);
      if (s.incrementor !== undefined) this.expression(s.incrementor, "statement");
      this.statement(s.statement, false);
    } else if (ts.isSwitchStatement(s)) {
      const t = this.typeOf(s.expression);
      if (t === undefined || !(isNumeric(t) || t === "bool" || isBoxed(t) || enumLiterals(t) !== undefined)) {
        this.sink.atNode(
          "unsupportedType",
          s.expression,
          "switch needs a number, boolean, string, union value, startInfo().reason / .fault or a saveState result",
        );
        return;
      }
      this.expression(s.expression, "value");
      for (const clause of s.caseBlock.clauses) {
        if (ts.isCaseClause(clause)) this.comparedWith(clause.expression, t);
        for (const inner of clause.statements) this.statement(inner, false);
      }
    } else if (ts.isBreakStatement(s) || ts.isContinueStatement(s)) {
      if (s.label !== undefined) this.sink.atNode("labels", s);
    } else if (ts.isReturnStatement(s)) {
      if (s.expression !== undefined) this.expression(s.expression, "value");
    } else if (ts.isBlock(s)) {
      for (const inner of s.statements) this.statement(inner, false);
    } else if (ts.isEmptyStatement(s)) {
      // nothing to check
    } else if (ts.isFunctionDeclaration(s)) {
      if (!topLevel) {
        this.sink.atNode("nestedFunction", s.name ?? s);
        return;
      }
      this.functionDeclaration(s);
    } else if (ts.isImportDeclaration(s)) {
      this.importDeclaration(s);
    } else if (ts.isForOfStatement(s)) {
      this.forOf(s);
    } else if (ts.isForInStatement(s)) {
      this.sink.atNode("loopForm", s.getChildAt(0));
    } else if (ts.isClassDeclaration(s)) {
      if (!topLevel) {
        this.sink.atNode("classes", s.name ?? s, "classes may only be declared at module level");
        return;
      }
      this.classDeclaration(s);
    } else if (ts.isTryStatement(s) || ts.isThrowStatement(s)) {
      checkExceptionStatement(s, this.exceptionChecks());
    } else if (ts.isLabeledStatement(s)) {
      this.sink.atNode("labels", s.label);
    } else if (ts.isEnumDeclaration(s)) {
      this.enumDeclaration(s, topLevel);
    } else if (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) {
      this.typeDeclaration(s, topLevel);
    } else {
      this.sink.atNode("unsupportedSyntax", s, `${ts.SyntaxKind[s.kind]} is not in regen's subset`);
    }
  }

  /** interface / type alias: only at module level, and object types must be valid structs. */
  private typeDeclaration(s: ts.InterfaceDeclaration | ts.TypeAliasDeclaration, topLevel: boolean): void {
    if (!topLevel) {
      this.sink.atNode("unsupportedSyntax", s.name, "types may only be declared at module level");
      return;
    }
    if (s.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      this.sink.atNode(
        "unsupportedSyntax",
        s,
        "exports are not supported",
        "an app is one file; remove `export`",
      );
      return;
    }
    const objectTypes: ts.Type[] = [];
    if (ts.isInterfaceDeclaration(s)) objectTypes.push(this.checker.getTypeAtLocation(s.name));
    const visit = (node: ts.Node): void => {
      if (ts.isTypeLiteralNode(node)) objectTypes.push(this.checker.getTypeFromTypeNode(node));
      ts.forEachChild(node, visit);
    };
    visit(s);
    // Object types are heap objects: any property types the subset has, optional properties included.
    // Only members that are not properties are reported.
    for (const t of objectTypes) {
      const decl = t.getSymbol()?.declarations?.[0];
      const members =
        decl !== undefined && (ts.isInterfaceDeclaration(decl) || ts.isTypeLiteralNode(decl))
          ? decl.members
          : [];
      for (const m of members) {
        if (!ts.isPropertySignature(m) && !ts.isMethodSignature(m)) {
          this.sink.atNode("objects", m, "only properties and methods are supported in object types");
        }
      }
    }
  }

  private importDeclaration(s: ts.ImportDeclaration): void {
    const from = ts.isStringLiteral(s.moduleSpecifier) ? s.moduleSpecifier.text : "";
    const clause = s.importClause;
    const named = clause?.namedBindings;
    if (
      from !== "regen" ||
      clause === undefined ||
      clause.name !== undefined ||
      named === undefined ||
      !ts.isNamedImports(named)
    ) {
      this.sink.atNode("imports", s);
    }
  }

  private functionDeclaration(f: ts.FunctionDeclaration): void {
    if (f.body === undefined || f.name === undefined) {
      this.sink.atNode("unsupportedSyntax", f, "a function needs a name and a body");
      return;
    }
    if (f.asteriskToken !== undefined) {
      this.sink.atNode(
        "unsupportedSyntax",
        f.name,
        "generators are not supported",
        "use an async function, or setTimeout for things that happen later",
      );
      return;
    }
    if (f.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) {
      this.sink.atNode(
        "unsupportedSyntax",
        f.name,
        "exports are not supported",
        "an app is one file; remove `export`",
      );
    }
    // Generic functions compile once: a type parameter is an rg_val (docs/LANGUAGE-RUNTIME.md).
    for (const p of f.parameters) {
      if (!this.parameter(p, true) || !ts.isIdentifier(p.name)) continue;
      this.declaredType(p.name, p.type, false);
    }
    const signature = this.checker.getSignatureFromDeclaration(f);
    if (signature !== undefined) {
      const returns = valueTypeOf(this.checker.getReturnTypeOfSignature(signature), this.checker);
      if (returns === undefined || returns === "timer") {
        this.sink.atNode(
          "unsupportedType",
          f.type ?? f.name,
          "a function may return number, boolean, i32, u32, u8, a string, an object, an array, a function or nothing",
        );
      }
    }
    for (const s of f.body.statements) this.statement(s, false);
  }

  private declarationList(list: ts.VariableDeclarationList): void {
    if ((list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0) {
      this.sink.atNode("varDeclaration", list.getChildAt(0));
      return;
    }
    for (const d of list.declarations) {
      if (!ts.isIdentifier(d.name)) {
        if (!this.bindingPattern(d.name)) continue;
        if (d.initializer !== undefined) this.expression(d.initializer, "value");
        continue;
      }
      if (d.initializer === undefined) {
        this.sink.atNode(
          "unsupportedSyntax",
          d.name,
          "a variable needs an initial value",
          `write e.g. \`let ${d.name.text} = 0;\``,
        );
        continue;
      }
      // The initializer first: its diagnostic (an object, a function, startInfo()) says more than the type's.
      const before = this.sink.diagnostics.length;
      this.expression(d.initializer, "value");
      if (this.sink.diagnostics.length === before) this.declaredType(d.name, d.type, true);
    }
  }

  /** Checks the type of a declared name; returns false after reporting. */
  private declaredType(
    name: ts.Identifier,
    annotation: ts.TypeNode | undefined,
    allowTimer: boolean,
  ): boolean {
    if (annotation !== undefined && annotation.kind === ts.SyntaxKind.AnyKeyword) {
      this.sink.atNode("unsupportedType", annotation, "`any` is not supported");
      return false;
    }
    const t = this.typeOf(name);
    if (t === undefined && annotation === undefined && this.erroneous(name)) return true;
    if (t === undefined || t === "void" || (t === "timer" && !allowTimer)) {
      const shown = this.checker.typeToString(this.checker.getTypeAtLocation(name));
      const key = /\[\]|Array</.test(shown) ? "arrays" : "unsupportedType";
      this.sink.atNode(key, annotation ?? name, `type \`${shown}\` is not in regen's subset`);
      return false;
    }
    return true;
  }

  private condition(e: ts.Expression): void {
    if (!this.testable(this.typeOf(e))) {
      this.sink.atNode("condition", e);
      return;
    }
    this.expression(e, "value");
  }

  /** A value JavaScript's truthiness applies to (lower/truthiness.ts): any value but a timer id and the
   * regen module's enum-like strings. */
  private testable(t: ValueType | undefined): boolean {
    // void: a value the checker narrowed to undefined or never (`!s` after `s = undefined`); a call of a
    // function returning nothing is reported as such by expression().
    return t !== undefined && t !== "timer" && enumLiterals(t) === undefined;
  }

  /** A case label or the other side of ===: may be a string literal when compared with a reason. */
  private comparedWith(e: ts.Expression, other: ValueType): void {
    if (enumLiterals(other) !== undefined && ts.isStringLiteralLike(e)) return;
    this.expression(e, "value");
  }

  /** where: "statement" allows calls without a value; "value" needs one. */
  private expression(e: ts.Expression, where: "statement" | "value"): void {
    if (ts.isParenthesizedExpression(e)) return this.expression(e.expression, where);
    if (
      ts.isNumericLiteral(e) ||
      e.kind === ts.SyntaxKind.TrueKeyword ||
      e.kind === ts.SyntaxKind.FalseKeyword
    )
      return;
    if (e.kind === ts.SyntaxKind.NullKeyword) return;
    if (ts.isIdentifier(e) && e.text === "undefined" && isUndefinedKeyword(e)) return;
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (ts.isStringLiteralLike(e)) return;
    if (ts.isTemplateExpression(e)) {
      for (const span of e.templateSpans) this.textArgument(span.expression, false);
      return;
    }
    if (ts.isBinaryExpression(e)) return this.binary(e, where);
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) return this.unary(e);
    if (ts.isConditionalExpression(e)) {
      this.condition(e.condition);
      const t = this.typeOf(e);
      if (t === undefined || t === "void") {
        this.sink.atNode(
          "unsupportedType",
          e,
          "both branches must have the same number, integer or boolean type",
        );
        return;
      }
      this.expression(e.whenTrue, "value");
      this.expression(e.whenFalse, "value");
      return;
    }
    if (ts.isCallExpression(e)) return this.call(e, where);
    if (ts.isPropertyAccessExpression(e)) return this.propertyAccess(e);
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return this.functionValue(e);
    if (ts.isArrayLiteralExpression(e)) {
      if (this.typeOf(e) !== "val") {
        this.sink.atNode(
          "arrays",
          e,
          "an array literal needs a known element type",
          "annotate it, e.g. `const xs: number[] = []`",
        );
        return;
      }
      for (const item of e.elements) {
        if (ts.isOmittedExpression(item)) {
          this.sink.atNode("arrays", item, "holes in array literals are not supported", "write `undefined`");
          return;
        }
        this.expression(item, "value");
      }
      return;
    }
    if (ts.isElementAccessExpression(e)) return this.elementAccess(e);
    if (ts.isSpreadElement(e)) return this.spreadElement(e);
    if (ts.isObjectLiteralExpression(e)) return this.objectLiteral(e);
    // `x!` only narrows the type: nothing happens at run time.
    if (ts.isNonNullExpression(e)) return this.expression(e.expression, where);
    if (ts.isAsExpression(e) || ts.isTypeAssertionExpression(e) || ts.isSatisfiesExpression(e)) {
      this.sink.atNode("assertion", e);
      return;
    }
    if (ts.isNewExpression(e) && checkNewError(e, this.checker, this.exceptionChecks())) return;
    if (ts.isNewExpression(e) && isNewPromise(e, this.checker)) {
      for (const a of e.arguments ?? []) this.expression(a, "value");
      return;
    }
    if (e.kind === ts.SyntaxKind.SuperKeyword) {
      if (!this.insideClass(e)) this.sink.atNode("classes", e, "`super` is only supported inside a class");
      return;
    }
    if (e.kind === ts.SyntaxKind.ThisKeyword) {
      if (!this.insideClass(e, true))
        this.sink.atNode("classes", e, "`this` is only supported inside a class's methods");
      else if (this.insideStaticMember(e))
        this.sink.atNode(
          "classes",
          e,
          "`this` in a static member (the class itself) is not supported",
          "name the class instead (`Counter.count` rather than `this.count`)",
        );
      return;
    }
    if (ts.isNewExpression(e) && this.isConstructible(e.expression)) {
      for (const a of e.arguments ?? []) this.expression(a, "value");
      return;
    }
    if (ts.isNewExpression(e) || ts.isClassExpression(e)) {
      this.sink.atNode("classes", e);
      return;
    }
    if (ts.isAwaitExpression(e)) {
      if (checkAwaitPosition(e, this.sink)) this.expression(e.expression, "value");
      return;
    }
    // `typeof x` as a value: one of JavaScript's type names (lower/typeof-value.ts).
    if (ts.isTypeOfExpression(e)) return this.expression(e.expression, "value");
    if (ts.isDeleteExpression(e) || ts.isVoidExpression(e)) {
      this.sink.atNode(
        "operator",
        e.getChildAt(0),
        `\`${e.getChildAt(0).getText()}\` is not in regen's subset`,
      );
      return;
    }
    this.sink.atNode("unsupportedSyntax", e, `${ts.SyntaxKind[e.kind]} is not in regen's subset`);
  }

  private objectLiteral(e: ts.ObjectLiteralExpression): void {
    const contextual = this.checker.getContextualType(e);
    const t = this.typeOf(e);
    void contextual;
    if (t === undefined) {
      this.sink.atNode(
        "objects",
        e,
        "an object literal needs a declared object type",
        "declare `interface Point { x: number; y: number }` and write `const p: Point = { x: 1, y: 2 }` (or `saveState<State>({ … })`)",
      );
      return;
    }
    for (const p of e.properties) {
      if (ts.isShorthandPropertyAssignment(p)) {
        this.identifier(p.name);
      } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
        this.expression(p.initializer, "value");
      } else if (ts.isSpreadAssignment(p)) {
        this.objectSpread(p);
      } else if (ts.isMethodDeclaration(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
        this.literalMethod(p);
      } else {
        this.sink.atNode(
          "objects",
          p,
          "object literals may only list fields (`name: value`), methods and spreads",
          "getters, setters and computed names are not supported",
        );
      }
    }
  }

  /** `...src` in an object literal: src has a declared object type (not null or undefined) whose
   * properties are all data properties (a class instance's methods are not copied, as in JavaScript). */
  private objectSpread(p: ts.SpreadAssignment): void {
    const t = this.checker.getTypeAtLocation(p.expression);
    if (this.checker.getNonNullableType(t) !== t || !this.isAppObject(p.expression)) {
      this.sink.atNode(
        "objects",
        p,
        "spread in an object literal needs an object of a declared type (not null or undefined)",
        "check for null first, or list the properties",
      );
      return;
    }
    for (const prop of this.checker.getPropertiesOfType(this.checker.getApparentType(t))) {
      const decl = prop.declarations?.[0];
      const classMember = decl !== undefined && ts.isClassLike(decl.parent);
      if (prop.flags & ts.SymbolFlags.Accessor || (prop.flags & ts.SymbolFlags.Method && !classMember)) {
        this.sink.atNode(
          "objects",
          p,
          `spread of an object with the method or accessor \`${prop.getName()}\``,
          "list the properties",
        );
        return;
      }
    }
    this.expression(p.expression, "value");
  }

  /** `{ m(x: number) { ... } }`: a function value whose `this` is the object. */
  private literalMethod(m: ts.MethodDeclaration): void {
    if (m.asteriskToken !== undefined || m.modifiers?.some((x) => x.kind === ts.SyntaxKind.AsyncKeyword)) {
      this.sink.atNode("unsupportedSyntax", m.name, "async methods and generators are not supported");
      return;
    }
    if (m.body === undefined) return;
    for (const p of m.parameters) if (!this.parameter(p, true)) return;
    const signature = this.checker.getSignatureFromDeclaration(m);
    const returns =
      signature === undefined
        ? undefined
        : valueTypeOf(this.checker.getReturnTypeOfSignature(signature), this.checker);
    if (returns === undefined || returns === "timer") {
      this.sink.atNode(
        "unsupportedType",
        m.type ?? m.name,
        "a method may return a number, boolean, string, array, function, object or nothing",
      );
      return;
    }
    for (const s of m.body.statements) this.statement(s, false);
  }

  /** The root variable of an assignable place (`v`, `v.a.b`), or undefined with a report. */
  private place(e: ts.Expression, what: string): ts.Identifier | undefined {
    if (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) return this.place(e.expression, what);
    if (ts.isIdentifier(e)) {
      const r = resolveIdentifier(e, this.checker);
      if (r.k !== "variable") {
        this.sink.atNode("unsupportedSyntax", e, `only variables and their fields can be ${what}`);
        return undefined;
      }
      return e;
    }
    if (ts.isPropertyAccessExpression(e) && this.isAppObject(e.expression)) {
      this.expression(e.expression, "value");
      return ts.isIdentifier(e.name) ? e.name : undefined;
    }
    this.sink.atNode(
      ts.isElementAccessExpression(e) ? "arrays" : "objects",
      e,
      `only variables and their fields can be ${what}`,
    );
    return undefined;
  }

  /** Numeric and string enums at module level with constant members. */
  private enumDeclaration(s: ts.EnumDeclaration, topLevel: boolean): void {
    if (!topLevel) {
      this.sink.atNode("unsupportedSyntax", s.name, "enums may only be declared at module level");
      return;
    }
    for (const m of s.members) {
      if (this.checker.getConstantValue(m) === undefined)
        this.sink.atNode("unsupportedSyntax", m, "enum members need constant values");
    }
  }

  /** A class at module level: fields, a constructor, methods, accessors, statics, `extends`. */
  private classDeclaration(c: ts.ClassDeclaration): void {
    if (c.name === undefined) {
      this.sink.atNode("classes", c, "a class needs a name");
      return;
    }
    // Generic classes compile once: a type parameter is an rg_val, like in generic functions.
    const heritage = c.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    if (heritage !== undefined && !this.isConstructible(heritage.expression)) {
      this.sink.atNode("classes", heritage, "a class may extend a class of the app or Error");
      return;
    }
    for (const m of c.members) {
      if (m.name !== undefined && !(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name))) {
        this.sink.atNode("classes", m.name, "class members need plain names (no #private or computed names)");
        continue;
      }
      if (ts.isPropertyDeclaration(m)) {
        if (m.initializer !== undefined) this.expression(m.initializer, "value");
      } else if (
        ts.isConstructorDeclaration(m) ||
        ts.isMethodDeclaration(m) ||
        ts.isGetAccessor(m) ||
        ts.isSetAccessor(m)
      ) {
        if (m.body === undefined) continue;
        // Async methods are in (lower/async.ts); generator methods are not.
        if (ts.isMethodDeclaration(m) && m.asteriskToken !== undefined) {
          this.sink.atNode("unsupportedSyntax", m.name, "generator methods are not supported");
          continue;
        }
        let ok = true;
        for (const p of m.parameters) {
          // A parameter property (`constructor(public x = 0)`) is a field: it needs a plain name.
          const property =
            (ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier) !== 0;
          if (!this.parameter(p, !property || ts.isIdentifier(p.name))) ok = false;
        }
        if (ok) for (const st of m.body.statements) this.statement(st, false);
      } else if (ts.isSemicolonClassElement(m)) {
        // nothing
      } else {
        this.sink.atNode("classes", m, "this class member is not supported");
      }
    }
  }

  /** A class `new` can make: one the app declares, Map, Set, a typed array (Error: exceptions). */
  private isConstructible(e: ts.Expression): boolean {
    if (!ts.isIdentifier(e)) return false;
    const decl = this.checker.getSymbolAtLocation(e)?.declarations?.[0];
    if (decl !== undefined && ts.isClassDeclaration(decl)) return true;
    if (!this.isLibrarySymbol(e)) return false;
    return /^(Map|Set|Error|TypeError|RangeError|SyntaxError|(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64)Array)$/.test(
      e.text,
    );
  }

  /** node is in a static method, accessor, field initializer or static block (arrows included). */
  private insideStaticMember(node: ts.Node): boolean {
    for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
      if (ts.isClassStaticBlockDeclaration(n)) return true;
      if (
        ts.isMethodDeclaration(n) ||
        ts.isGetAccessor(n) ||
        ts.isSetAccessor(n) ||
        ts.isPropertyDeclaration(n) ||
        ts.isConstructorDeclaration(n)
      )
        return (ts.getCombinedModifierFlags(n) & ts.ModifierFlags.Static) !== 0;
      if (ts.isClassDeclaration(n) || ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) return false;
    }
    return false;
  }

  /** True inside a class member (arrow functions keep the method's `this`). */
  private insideClass(node: ts.Node, literalMethods = false): boolean {
    for (let n: ts.Node | undefined = node.parent; n !== undefined; n = n.parent) {
      // An object literal's method: `this` is its object (lower/object-members.ts); `super` is not in.
      if (ts.isMethodDeclaration(n) && ts.isObjectLiteralExpression(n.parent)) return literalMethods;
      if (ts.isClassDeclaration(n)) return true;
      if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) return false;
    }
    return false;
  }

  /** `for (const x of xs)` over an array, string, Map, Set or typed array. */
  private forOf(s: ts.ForOfStatement): void {
    if (s.awaitModifier !== undefined) {
      this.sink.atNode("loopForm", s.awaitModifier, "for await is not supported");
      return;
    }
    const list = s.initializer;
    if (!ts.isVariableDeclarationList(list) || list.declarations.length !== 1) {
      this.sink.atNode(
        "loopForm",
        s.initializer,
        "for...of needs its own `const` or `let` variable",
        "write `for (const x of xs)`",
      );
      return;
    }
    if ((list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) === 0) {
      this.sink.atNode("varDeclaration", list.getChildAt(0));
      return;
    }
    const decl = list.declarations[0];
    if (decl !== undefined && !ts.isIdentifier(decl.name) && !this.bindingPattern(decl.name)) return;
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(s.expression));
    const name = t.getSymbol()?.getName() ?? "";
    const ok =
      (t.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) !== 0 ||
      /^(Array|ReadonlyArray|Map|ReadonlyMap|Set|ReadonlySet|IterableIterator|IteratorObject|MapIterator|SetIterator|ArrayIterator|(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64)Array)$/.test(
        name,
      );
    if (!ok) {
      this.sink.atNode(
        "loopForm",
        s.expression,
        "for...of goes over an array, a string, a Map, a Set or a typed array",
      );
      return;
    }
    this.expression(s.expression, "value");
    this.statement(s.statement, false);
  }

  /** The targets of a destructuring assignment: places, nested patterns, defaults, rest elements. */
  private assignmentPattern(p: ts.ArrayLiteralExpression | ts.ObjectLiteralExpression): boolean {
    const target = (t: ts.Expression): boolean => {
      const e = skipParentheses(t);
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        if (!target(e.left)) return false;
        this.expression(e.right, "value");
        return true;
      }
      if (ts.isArrayLiteralExpression(e) || ts.isObjectLiteralExpression(e)) return this.assignmentPattern(e);
      if (ts.isElementAccessExpression(e)) {
        if (!this.isArrayElement(e, "assigned")) return false;
        this.expression(e.expression, "value");
        this.expression(e.argumentExpression, "value");
        return true;
      }
      return this.place(e, "assigned") !== undefined;
    };
    if (ts.isArrayLiteralExpression(p)) {
      for (const element of p.elements) {
        if (ts.isOmittedExpression(element)) continue;
        if (!target(ts.isSpreadElement(element) ? element.expression : element)) return false;
      }
      return true;
    }
    for (const prop of p.properties) {
      if (ts.isShorthandPropertyAssignment(prop)) {
        const r = resolveSymbol(this.checker.getShorthandAssignmentValueSymbol(prop), this.checker);
        if (r.k !== "variable") {
          this.sink.atNode("unsupportedSyntax", prop.name, "only variables and their fields can be assigned");
          return false;
        }
        if (prop.objectAssignmentInitializer !== undefined)
          this.expression(prop.objectAssignmentInitializer, "value");
      } else if (
        ts.isPropertyAssignment(prop) &&
        (ts.isIdentifier(prop.name) || ts.isStringLiteral(prop.name))
      ) {
        if (!target(prop.initializer)) return false;
      } else if (ts.isSpreadAssignment(prop)) {
        if (!target(prop.expression)) return false;
      } else {
        this.sink.atNode("objects", prop, "a destructuring assignment lists names and patterns only");
        return false;
      }
    }
    return true;
  }

  /** `...xs` in an array literal, in the arguments of console.log or of a call of an app function, method,
   * constructor or function value (library calls: checked in call()); xs is an array, string, Map, Set or
   * typed array. */
  private spreadElement(e: ts.SpreadElement): void {
    const p = e.parent;
    const appNew = ts.isNewExpression(p) && ts.isIdentifier(p.expression) && this.isAppClass(p.expression);
    const builtin = ts.isCallExpression(p) ? calleeBuiltin(p.expression, this.checker) : undefined;
    // console.log prints each item as its own argument (text.ts).
    const builtinCall = builtin !== undefined && builtin !== "console.log";
    const errorSuper =
      ts.isCallExpression(p) && p.expression.kind === ts.SyntaxKind.SuperKeyword && !this.hasAppBase(p);
    if (!(
      ts.isArrayLiteralExpression(p) ||
      (ts.isCallExpression(p) && !builtinCall && !errorSuper) ||
      appNew
    )) {
      this.sink.atNode(
        "arrays",
        e,
        "spread is only supported in array literals and in calls of the app's functions",
      );
      return;
    }
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(e.expression));
    const name = t.getSymbol()?.getName() ?? "";
    const iterable =
      (t.flags & (ts.TypeFlags.String | ts.TypeFlags.StringLiteral)) !== 0 ||
      ((t.flags & ts.TypeFlags.Object) !== 0 && this.checker.isArrayLikeType(t)) ||
      /^(Array|ReadonlyArray|Map|ReadonlyMap|Set|ReadonlySet|IterableIterator|IteratorObject|MapIterator|SetIterator|ArrayIterator|(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64)Array)$/.test(
        name,
      );
    if (!iterable) {
      this.sink.atNode(
        "arrays",
        e.expression,
        "spread needs an array, a string, a Map, a Set or a typed array",
      );
      return;
    }
    this.expression(e.expression, "value");
  }

  /** A class the app declares. */
  private isAppClass(e: ts.Expression): boolean {
    const decl = this.checker.getSymbolAtLocation(e)?.declarations?.[0];
    return (
      decl !== undefined &&
      ts.isClassDeclaration(decl) &&
      !decl.getSourceFile().fileName.startsWith("/regen-lib/")
    );
  }

  /** `super(...)` in a class whose base is a class of the app (not Error). */
  private hasAppBase(node: ts.Node): boolean {
    const c = ts.findAncestor(node, ts.isClassDeclaration);
    const base = c?.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    return base !== undefined && this.isAppClass(base.expression);
  }

  /** A parameter of a declared function or method: optional, default, rest and destructured ones are
   * allowed where `extended` (not on a parameter property); returns false after reporting. */
  private parameter(p: ts.ParameterDeclaration, extended: boolean): boolean {
    const plain =
      p.questionToken === undefined &&
      p.initializer === undefined &&
      p.dotDotDotToken === undefined &&
      ts.isIdentifier(p.name);
    if (!plain && !extended) {
      // Only a parameter property (`constructor(public { x }: P)`) is not extended today.
      this.sink.atNode(
        "parameters",
        p,
        "a parameter property cannot be a destructuring pattern",
        "declare `constructor(public p: P)` and destructure `p` in the body",
      );
      return false;
    }
    if (p.initializer !== undefined) {
      const before = this.sink.diagnostics.length;
      this.expression(p.initializer, "value");
      if (this.sink.diagnostics.length !== before) return false;
    }
    if (!ts.isIdentifier(p.name)) return this.bindingPattern(p.name);
    return true;
  }

  /** A destructuring pattern of plain names (nested patterns, defaults and rest elements allowed). */
  private bindingPattern(p: ts.BindingPattern): boolean {
    if (ts.isObjectBindingPattern(p)) {
      // Object patterns read properties of the app's object types (not `length` of a string or array).
      const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(p));
      const appObject = (u: ts.Type): boolean =>
        (u.flags & ts.TypeFlags.Object) !== 0 &&
        u.getSymbol()?.declarations?.[0]?.getSourceFile().fileName.startsWith("/regen-lib/") !== true;
      if (!(t.isUnion() ? t.types.every(appObject) : appObject(t))) {
        this.sink.atNode(
          "objects",
          p,
          "object destructuring needs a value of a declared object type",
          "read the property: `const n = s.length`",
        );
        return false;
      }
    }
    for (const element of p.elements) {
      if (ts.isOmittedExpression(element)) continue;
      if (element.dotDotDotToken !== undefined && !ts.isIdentifier(element.name)) {
        this.sink.atNode("objects", element, "a rest element needs a plain name");
        return false;
      }
      if (ts.isObjectBindingPattern(p)) {
        const key = element.propertyName ?? element.name;
        if (!ts.isIdentifier(key)) {
          this.sink.atNode("objects", element, "computed names in destructuring are not supported");
          return false;
        }
      }
      if (element.initializer !== undefined) this.expression(element.initializer, "value");
      if (!ts.isIdentifier(element.name) && !this.bindingPattern(element.name)) return false;
    }
    return true;
  }

  /** A value of an object type the app declares (interface, type literal, object literal type). */
  private isAppObject(e: ts.Expression): boolean {
    if (e.kind === ts.SyntaxKind.ThisKeyword || e.kind === ts.SyntaxKind.SuperKeyword) return true;
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(e));
    // A union of object types (a discriminated union): each member must be one.
    const isApp = (u: ts.Type): boolean => {
      if ((u.flags & ts.TypeFlags.Object) === 0) return false;
      const d = u.getSymbol()?.declarations?.[0];
      return d !== undefined && !d.getSourceFile().fileName.startsWith("/regen-lib/");
    };
    if (t.isUnion()) return t.types.every(isApp);
    if ((t.flags & ts.TypeFlags.Object) === 0) return false;
    const decl = t.getSymbol()?.declarations?.[0];
    return decl !== undefined && !decl.getSourceFile().fileName.startsWith("/regen-lib/");
  }

  /** A library symbol (Math, parseInt, a String method). */
  private isLibrarySymbol(node: ts.Node): boolean {
    const symbol = this.checker.getSymbolAtLocation(node);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    return decl !== undefined && decl.getSourceFile().fileName.startsWith("/regen-lib/");
  }

  /** True for the TypeScript kind of an array (`T[]`) from the library. */
  private isArrayType(node: ts.Node, nonNullable = false): boolean {
    const at = this.checker.getTypeAtLocation(node);
    const t = nonNullable ? this.checker.getNonNullableType(at) : at;
    const name = t.getSymbol()?.getName();
    // Tuples (`[string, number]`) are arrays at run time.
    if (this.checker.isTupleType(t)) return true;
    return name === "Array" || name === "ReadonlyArray" || this.isTypedArrayName(name ?? "");
  }

  /** A typed array (Uint8Array, Float64Array, ...): `x[i]` reads and writes numbers. */
  private isTypedArray(node: ts.Node): boolean {
    return this.isTypedArrayName(this.checker.getTypeAtLocation(node).getSymbol()?.getName() ?? "");
  }

  private isTypedArrayName(name: string): boolean {
    return /^(Int8|Uint8|Uint8Clamped|Int16|Uint16|Int32|Uint32|Float32|Float64)Array$/.test(name);
  }

  /** `a[i]` as an assignment target: an array element with a numeric index. */
  private isArrayElement(e: ts.ElementAccessExpression, what: string): boolean {
    if (!this.isArrayType(e.expression)) {
      this.sink.atNode("arrays", e, `only array elements can be ${what} with [ ]`);
      return false;
    }
    const index = this.typeOf(e.argumentExpression);
    if (index === undefined || !isNumeric(index)) {
      this.sink.atNode("arrays", e.argumentExpression, "an array index must be a number");
      return false;
    }
    return true;
  }

  /** An element of a `number[]` (its type is `number | undefined` under noUncheckedIndexedAccess). */
  private isNumberElement(e: ts.ElementAccessExpression): boolean {
    const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(e));
    return this.checker.typeToString(t) === "number" || valueTypeOf(t, this.checker) === "f64";
  }

  /** `s[i]` on a string, `a[i]` on an array. */
  private elementAccess(e: ts.ElementAccessExpression): void {
    // `a?.[i]`: the receiver as it is when not nullish (lower.ts optionalElement guards the rest).
    const optional = e.questionDotToken !== undefined || ts.isOptionalChain(e);
    const receiverType = this.checker.getTypeAtLocation(e.expression);
    const receiver = valueTypeOf(
      optional ? this.checker.getNonNullableType(receiverType) : receiverType,
      this.checker,
    );
    const index = this.typeOf(e.argumentExpression);
    // `E[i]` (reverse mapping) and `E["A"]` on an enum (lower/enum-reverse.ts).
    if (enumDeclarationOf(this.checker, e.expression) !== undefined) {
      if (ts.isStringLiteralLike(e.argumentExpression)) return;
      if (index !== undefined && isNumeric(index)) return this.expression(e.argumentExpression, "value");
    }
    if (
      (receiver !== "str" && !this.isArrayType(e.expression, optional)) ||
      index === undefined ||
      !isNumeric(index)
    ) {
      this.sink.atNode(
        "arrays",
        e,
        "indexing with [ ] needs a string or an array and a number index",
        "dynamic property access on objects is not supported: use a Map",
      );
      return;
    }
    this.expression(e.expression, "value");
    this.expression(e.argumentExpression, "value");
  }

  /** An arrow function or function expression used as a value. */
  private functionValue(e: ts.ArrowFunction | ts.FunctionExpression): void {
    if (e.asteriskToken !== undefined) {
      this.sink.atNode("unsupportedSyntax", e, "generators are not supported");
      return;
    }
    if (e.typeParameters !== undefined) {
      this.sink.atNode(
        "unsupportedSyntax",
        e.typeParameters[0] ?? e,
        "generic function values are not supported",
      );
      return;
    }
    for (const p of e.parameters) {
      if (!ts.isIdentifier(p.name)) {
        if (!this.parameter(p, true)) return;
        continue;
      }
      const t = this.typeOf(p.name);
      if (t === undefined || t === "void") {
        const shown = this.checker.typeToString(this.checker.getTypeAtLocation(p.name));
        this.sink.atNode(
          "unsupportedType",
          p.type ?? p.name,
          `a function value's parameter cannot have type \`${shown}\``,
        );
        return;
      }
      if (p.initializer !== undefined) this.expression(p.initializer, "value");
    }
    const signature = this.checker.getSignatureFromDeclaration(e);
    if (signature !== undefined) {
      const returns = valueTypeOf(this.checker.getReturnTypeOfSignature(signature), this.checker);
      if (returns === undefined || returns === "timer") {
        this.sink.atNode(
          "unsupportedType",
          e.type ?? e,
          "a function value may return a number, boolean, string, array, function, object or nothing",
        );
        return;
      }
    }
    if (ts.isBlock(e.body)) {
      for (const s of e.body.statements) this.statement(s, false);
    } else {
      this.expression(e.body, "statement");
    }
  }

  private identifier(id: ts.Identifier): void {
    const r = resolveIdentifier(id, this.checker);
    // A function used as a value: its parameters come from a uniform call.
    if (r.k === "function") return;
    if (r.k === "builtin" && r.name !== "NaN" && r.name !== "Infinity") {
      this.sink.atNode("functionValue", id);
      return;
    }
    const classDecl = this.checker.getSymbolAtLocation(id)?.declarations?.[0];
    if (r.k === "unknown" && classDecl !== undefined && ts.isClassDeclaration(classDecl)) {
      const p = id.parent;
      // A class names its statics (`C.count`, `C.make()`), or is what `new` and `instanceof` use.
      if (
        !(ts.isPropertyAccessExpression(p) && p.expression === id) &&
        !(ts.isBinaryExpression(p) && p.right === id)
      )
        this.sink.atNode(
          "classes",
          id,
          "a class can be used with new, instanceof and for its static members",
        );
      return;
    }
    if (r.k === "unknown" && classDecl !== undefined && ts.isEnumDeclaration(classDecl)) {
      const p = id.parent;
      if (!(ts.isPropertyAccessExpression(p) && p.expression === id))
        this.sink.atNode(
          "unsupportedSyntax",
          id,
          "an enum can only be used through its members (`Color.Red`)",
        );
      return;
    }
    if (r.k === "unknown" && id.text === "Symbol") {
      this.sink.atNode("unsupportedSyntax", id, "`Symbol` is not available to apps");
      return;
    }
    if (r.k === "unknown") {
      // A library namespace or function (Math, parseInt) as the object of a member access or a callee.
      const p = id.parent;
      const libraryUse =
        this.isLibrarySymbol(id) &&
        ((ts.isPropertyAccessExpression(p) && p.expression === id) ||
          (ts.isCallExpression(p) && p.expression === id) ||
          libraryFunctionValues.has(id.text));
      if (!libraryUse)
        this.sink.atNode("unsupportedSyntax", id, `\`${id.text}\` is not a value regen can compile`);
    }
  }

  /** The checks subset-exceptions.ts runs on the parts of a try, throw, `new Error` or instanceof. */
  private exceptionChecks(): SubsetCallbacks {
    return {
      sink: this.sink,
      statement: (s) => this.statement(s, false),
      expression: (e) => this.expression(e, "value"),
    };
  }

  private binary(e: ts.BinaryExpression, where: "statement" | "value"): void {
    const op = e.operatorToken.kind;
    if (
      op === ts.SyntaxKind.InstanceOfKeyword &&
      checkErrorInstanceOf(e, this.checker, this.exceptionChecks())
    )
      return;
    if (op === ts.SyntaxKind.InstanceOfKeyword && this.isConstructible(e.right)) {
      this.expression(e.left, "value");
      return;
    }
    const l = this.typeOf(e.left);
    const r = this.typeOf(e.right);
    if (op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
      // `x == null` (null or undefined) is the one loose comparison in the subset.
      const nullRight = e.right.kind === ts.SyntaxKind.NullKeyword;
      const nullLeft = e.left.kind === ts.SyntaxKind.NullKeyword;
      if (!nullRight && !nullLeft) {
        this.sink.atNode("looseEquality", e.operatorToken);
        return;
      }
      this.expression(nullRight ? e.left : e.right, "value");
      return;
    }
    if (
      (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) &&
      typeofTest(e) !== undefined
    ) {
      const test = typeofTest(e);
      if (test !== undefined) this.expression(test.operand, "value");
      return;
    }
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) {
      const undefinedLeft = isUndefinedKeyword(e.left);
      if (undefinedLeft || isUndefinedKeyword(e.right)) {
        const other = undefinedLeft ? e.right : e.left;
        const otherType = this.typeOf(other);
        if (!isBoxed(otherType)) {
          this.sink.atNode(
            "unsupportedType",
            e,
            "only a value whose type includes `undefined` (`T | undefined`) can be compared with undefined",
          );
          return;
        }
        this.expression(other, "value");
        return;
      }
      if (
        (l !== undefined && enumLiterals(l) !== undefined) ||
        (r !== undefined && enumLiterals(r) !== undefined)
      ) {
        this.comparedWith(e.left, r ?? "void");
        this.comparedWith(e.right, l ?? "void");
        return;
      }
      const ok =
        l !== undefined &&
        r !== undefined &&
        ((isNumeric(l) && isNumeric(r)) ||
          (l === "bool" && r === "bool") ||
          ((isBoxed(l) || isBoxed(r)) && l !== "void" && r !== "void" && l !== "timer" && r !== "timer"));
      if (!ok) {
        this.sink.atNode(
          l === "str" || r === "str" ? "stringValue" : "unsupportedType",
          e,
          "=== compares numbers with numbers or booleans with booleans",
        );
        return;
      }
    } else if (arithmetic.has(op)) {
      if (l === "str" || r === "str") {
        const comparison =
          op === ts.SyntaxKind.LessThanToken ||
          op === ts.SyntaxKind.GreaterThanToken ||
          op === ts.SyntaxKind.LessThanEqualsToken ||
          op === ts.SyntaxKind.GreaterThanEqualsToken;
        const printable = (t: ValueType | undefined): boolean =>
          t !== undefined && (isNumeric(t) || t === "bool" || isBoxed(t));
        const ok =
          (op === ts.SyntaxKind.PlusToken && printable(l) && printable(r)) ||
          (comparison && l === "str" && r === "str");
        if (!ok) {
          this.sink.atNode(
            "stringValue",
            e,
            "strings support `+` (concatenation) and `<`, `>`, `<=`, `>=` between two strings",
          );
          return;
        }
        this.expression(e.left, "value");
        this.expression(e.right, "value");
        return;
      }
      const typed = (side: ts.Expression, st: ValueType | undefined): boolean =>
        (st !== undefined && isNumeric(st)) || (st === undefined && this.erroneous(side));
      if (!typed(e.left, l) || !typed(e.right, r)) {
        this.sink.atNode("unsupportedType", e, "arithmetic needs number operands");
        return;
      }
    } else if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
      // An operand the checker narrowed to `never` (`b || b` with `b: true`) has type void here.
      if (!this.testable(l) || !this.testable(r)) {
        this.sink.atNode("logicalOperands", e);
        return;
      }
    } else if (op === ts.SyntaxKind.QuestionQuestionToken) {
      if (l === undefined) {
        this.sink.atNode(
          "operator",
          e.operatorToken,
          "`??` needs a value of a type the subset has on its left",
        );
        return;
      }
      this.expression(e.left, "value");
      this.expression(e.right, "value");
      return;
    } else if (isLogicalAssignment(op)) {
      // `a ??= b`, `a ||= b`, `a &&= b` (lower/logical-assignment.ts).
      const left = skipParentheses(e.left);
      if (ts.isElementAccessExpression(left)) {
        if (!this.isArrayElement(left, "assigned")) return;
        this.expression(left.expression, "value");
        this.expression(left.argumentExpression, "value");
      } else {
        if (this.place(e.left, "assigned") === undefined) return;
        if (l !== undefined && isInteger(l)) {
          this.sink.atNode("integerUpdate", e);
          return;
        }
        this.expression(e.left, "value");
      }
      if (!this.testable(l)) {
        this.sink.atNode("logicalOperands", e.left);
        return;
      }
      this.expression(e.right, "value");
      return;
    } else if (op === ts.SyntaxKind.EqualsToken || compoundAssignments.has(op)) {
      const left = skipParentheses(e.left);
      // Destructuring assignment (lower/patterns.ts).
      if (
        op === ts.SyntaxKind.EqualsToken &&
        (ts.isArrayLiteralExpression(left) || ts.isObjectLiteralExpression(left))
      ) {
        if (this.assignmentPattern(left)) this.expression(e.right, "value");
        return;
      }
      // `xs.length = n` on an array (lower/array-length.ts).
      if (isArrayLength(this.checker, left) && ts.isPropertyAccessExpression(left)) {
        this.expression(left.expression, "value");
        this.expression(e.right, "value");
        return;
      }
      if (ts.isElementAccessExpression(left)) {
        if (!this.isArrayElement(left, "assigned")) return;
        if (op !== ts.SyntaxKind.EqualsToken && !this.isNumberElement(left)) {
          this.sink.atNode("arrays", e, "compound assignment to an element needs a number array");
          return;
        }
        this.expression(left.expression, "value");
        this.expression(left.argumentExpression, "value");
        this.expression(e.right, "value");
        return;
      }
      const root = this.place(e.left, "assigned");
      if (root === undefined) return;
      if (op !== ts.SyntaxKind.EqualsToken && l !== undefined && isInteger(l)) {
        this.sink.atNode("integerUpdate", e);
        return;
      }
      if (op !== ts.SyntaxKind.EqualsToken && op !== ts.SyntaxKind.PlusEqualsToken && l === "str") {
        this.sink.atNode("stringValue", e, "only `=` and `+=` assign to a string");
        return;
      }
      this.expression(e.left, "value");
      this.expression(e.right, "value");
      return;
    } else if (op === ts.SyntaxKind.CommaToken) {
      if (where !== "statement" || !ts.isForStatement(e.parent)) {
        this.sink.atNode(
          "operator",
          e.operatorToken,
          "the comma operator is only supported in a for loop's update",
        );
        return;
      }
      this.expression(e.left, "statement");
      this.expression(e.right, "statement");
      return;
    } else {
      this.sink.atNode(
        "operator",
        e.operatorToken,
        `operator \`${e.operatorToken.getText()}\` is not in regen's subset`,
      );
      return;
    }
    this.expression(e.left, "value");
    this.expression(e.right, "value");
  }

  private unary(e: ts.PrefixUnaryExpression | ts.PostfixUnaryExpression): void {
    const op = e.operator;
    const t = this.typeOf(e.operand);
    if (op === ts.SyntaxKind.PlusPlusToken || op === ts.SyntaxKind.MinusMinusToken) {
      const operand = skipParentheses(e.operand);
      // `xs.length--` on an array (lower/array-length.ts).
      if (isArrayLength(this.checker, operand) && ts.isPropertyAccessExpression(operand))
        return this.expression(operand.expression, "value");
      if (ts.isElementAccessExpression(operand)) {
        if (!this.isArrayElement(operand, "incremented")) return;
        if (!this.isNumberElement(operand)) {
          this.sink.atNode("arrays", e, "++ and -- on an element need a number array");
          return;
        }
        this.expression(operand.expression, "value");
        this.expression(operand.argumentExpression, "value");
        return;
      }
      if (this.place(e.operand, "incremented") === undefined) return;
      if (t !== "f64") {
        this.sink.atNode("integerUpdate", e);
        return;
      }
      this.expression(e.operand, "value");
      return;
    }
    if (op === ts.SyntaxKind.ExclamationToken) {
      if (!this.testable(t)) {
        this.sink.atNode("logicalOperands", e);
        return;
      }
    } else if (t === undefined || !isNumeric(t)) {
      this.sink.atNode("unsupportedType", e, "this operator needs a number operand");
      return;
    }
    this.expression(e.operand, "value");
  }

  private propertyAccess(e: ts.PropertyAccessExpression): void {
    // `console.log` is a statement-like builtin, not a value (reached here only when it is not called).
    if (calleeBuiltin(e, this.checker) === "console.log") {
      this.sink.atNode(
        "unsupportedSyntax",
        e,
        "console.log can only be called; to pass it on, wrap it: `(s: string) => console.log(s)`",
      );
      return;
    }
    if (
      ts.isCallExpression(e.expression) &&
      calleeBuiltin(e.expression.expression, this.checker) === "startInfo"
    ) {
      const field = e.name.text;
      if (field === "reason" || field === "fault" || field === "restarts" || field === "stateRefused") return;
    }
    if (this.isAppObject(e.expression)) {
      this.expression(e.expression, "value");
      return;
    }
    if (e.questionDotToken !== undefined) {
      // `o?.p` where the checker narrowed o to null or undefined: always undefined.
      const t = this.checker.getNonNullableType(this.checker.getTypeAtLocation(e.expression));
      if (t.flags & ts.TypeFlags.Never) {
        this.expression(e.expression, "value");
        return;
      }
    }
    // A tuple's length (lower/tuples.ts).
    if (e.name.text === "length" && this.checker.isTupleType(this.checker.getTypeAtLocation(e.expression))) {
      this.expression(e.expression, "value");
      return;
    }
    // A library property: `s.length`, `a.length`, `Math.PI`.
    if (this.isLibrarySymbol(e.name)) {
      const t = this.typeOf(e);
      if (t !== undefined && t !== "void") {
        this.expression(e.expression, "value");
        return;
      }
    }
    if (this.isArray(e.expression)) {
      this.sink.atNode("arrays", e, `\`${e.name.text}\` of an array is not supported`);
      return;
    }
    this.sink.atNode(
      "objects",
      e,
      "property access is only supported on declared object types and as startInfo().reason / .fault / .restarts / .stateRefused",
    );
  }

  private call(e: ts.CallExpression, where: "statement" | "value"): void {
    const builtin = calleeBuiltin(e.expression, this.checker);
    const t = this.typeOf(e);
    if (e.expression.kind === ts.SyntaxKind.SuperKeyword) {
      for (const a of e.arguments) this.expression(a, "value");
      return;
    }
    if (
      where === "value" &&
      (t === "void" || (t === undefined && !this.erroneous(e))) &&
      builtin !== "startInfo"
    ) {
      this.sink.atNode("voidValue", e);
      return;
    }
    if (builtin === "startInfo") {
      if (!ts.isPropertyAccessExpression(e.parent)) this.sink.atNode("startInfo", e);
      return;
    }
    if (builtin === "console.log" || builtin === "panic") {
      e.arguments.forEach((a, i) =>
        this.textArgument(a, i === 0 && e.arguments.length > 1 && builtin === "console.log"),
      );
      return;
    }
    if (builtin === "setTimeout" || builtin === "setInterval") {
      const [callback, delay] = e.arguments;
      if (callback !== undefined) this.callback(callback);
      if (delay !== undefined) this.expression(delay, "value");
      return;
    }
    // A callee TypeScript could not resolve (eval, Math.sqrt) was already reported, with its arguments.
    if (builtin === undefined && this.erroneous(e.expression)) return;
    const declaration = this.checker.getResolvedSignature(e)?.declaration;
    const library =
      declaration !== undefined && declaration.getSourceFile().fileName.startsWith("/regen-lib/");
    if (builtin === undefined && library) {
      // A library method or function (by the runtime's naming convention): check receiver and arguments.
      if (ts.isPropertyAccessExpression(e.expression)) this.expression(e.expression.expression, "value");
      // Spread arguments may only fill a rest parameter (`Math.max(...xs)`, `a.push(...ys)`).
      const params = ts.isJSDocSignature(declaration) ? [] : declaration.parameters;
      const rest = params.findIndex((p) => p.dotDotDotToken !== undefined);
      for (const [i, a] of e.arguments.entries()) {
        if (ts.isSpreadElement(a) && (rest < 0 || i < rest)) {
          this.sink.atNode(
            "arrays",
            a,
            "spread arguments of library functions may only fill a rest parameter",
            "pass the arguments one by one",
          );
          return;
        }
        this.expression(a, "value");
      }
      return;
    }
    // `o?.m()` (the method of the non-nullish receiver) and `f?.(x)` (a function value that may be
    // missing; no spread arguments): the callee's non-nullish type.
    const optionalValueCall = e.questionDotToken !== undefined && !e.arguments.some(ts.isSpreadElement);
    const calleeType =
      ts.isOptionalChain(e) &&
      ((e.questionDotToken === undefined && ts.isPropertyAccessExpression(e.expression)) || optionalValueCall)
        ? this.checker.getNonNullableType(this.checker.getTypeAtLocation(e.expression))
        : this.checker.getTypeAtLocation(e.expression);
    if (
      builtin === undefined &&
      calleeType.getCallSignatures().length > 0 &&
      !ts.isIdentifier(e.expression)
    ) {
      this.expression(e.expression, "value");
      for (const a of e.arguments) this.expression(a, "value");
      return;
    }
    if (
      builtin === undefined &&
      ts.isIdentifier(e.expression) &&
      resolveIdentifier(e.expression, this.checker).k === "variable" &&
      calleeType.getCallSignatures().length > 0
    ) {
      // Calling a function value held in a variable.
      this.identifier(e.expression);
      for (const a of e.arguments) this.expression(a, "value");
      return;
    }
    if (builtin === undefined) {
      if (!ts.isIdentifier(e.expression) || resolveIdentifier(e.expression, this.checker).k !== "function") {
        this.sink.atNode(
          "unsupportedSyntax",
          e.expression,
          "only functions declared in the app or provided by regen can be called",
        );
        return;
      }
    }
    for (const a of e.arguments) this.expression(a, "value");
  }

  private textArgument(a: ts.Expression, firstOfSeveral: boolean): void {
    if (ts.isSpreadElement(a)) {
      this.spreadElement(a);
      return;
    }
    if (ts.isStringLiteralLike(a)) {
      if (firstOfSeveral && a.text.includes("%")) this.sink.atNode("formatSpecifier", a);
      return;
    }
    if (ts.isTemplateExpression(a)) {
      if (
        firstOfSeveral &&
        (a.head.text.includes("%") || a.templateSpans.some((s) => s.literal.text.includes("%")))
      ) {
        this.sink.atNode("formatSpecifier", a);
        return;
      }
      for (const span of a.templateSpans) this.textArgument(span.expression, false);
      return;
    }
    const t = this.typeOf(a);
    if (t === undefined && this.erroneous(a)) {
      this.expression(a, "value");
      return;
    }
    // A value TypeScript narrowed to `undefined` (`${undefined}`, a union variable known to be undefined
    // here) prints as undefined; a call without a result is reported by the call's own check.
    const undefinedValue = t === "void" && !ts.isCallExpression(a) && !ts.isAwaitExpression(a);
    if (t === undefined || t === "timer" || (t === "void" && !undefinedValue)) {
      this.sink.atNode("unsupportedType", a, "console.log prints numbers, booleans and text");
      return;
    }
    this.expression(a, "value");
  }

  private callback(c: ts.Expression): void {
    if (ts.isIdentifier(c) && resolveIdentifier(c, this.checker).k === "function") return;
    if (ts.isArrowFunction(c) || ts.isFunctionExpression(c)) {
      if (c.parameters.length > 0) {
        this.sink.atNode("callback", c.parameters[0] ?? c, "a timer callback takes no parameters");
        return;
      }
      this.functionValue(c);
      return;
    }
    // Any other function value (a variable holding a closure).
    if (this.typeOf(c) === "val" && this.checker.getTypeAtLocation(c).getCallSignatures().length > 0) {
      this.expression(c, "value");
      return;
    }
    this.sink.atNode("callback", c);
  }
}
