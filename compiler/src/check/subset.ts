// subset.ts: reports every construct outside regen's TypeScript subset (docs/SUBSET.md).
//
// Runs after TypeScript's diagnostics (even when they report type errors, so nodes may have the error type:
// such nodes get no type-based report here) and before lowering, which may then assume a program made only
// of supported constructs. Walks the whole file; each unsupported construct gets one diagnostic with a code
// from the catalogue and a hint, and its children are not examined further (one report per mistake).
import { ts } from "ts-morph";

import type { DiagnosticSink } from "../diagnostics/diagnostic.ts";
import { calleeBuiltin, enclosingFunction, resolveIdentifier } from "./resolve.ts";
import { structTable } from "./struct-types.ts";
import {
  enumLiterals,
  isInteger,
  isNumeric,
  isOptional,
  isStruct,
  valueTypeOf,
  type ValueType,
} from "./value-types.ts";

function isUndefinedKeyword(e: ts.Expression): boolean {
  return ts.isIdentifier(e) && e.text === "undefined";
}

export function checkSubset(sourceFile: ts.SourceFile, checker: ts.TypeChecker, sink: DiagnosticSink): void {
  new SubsetChecker(checker, sink).visitFile(sourceFile);
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
      if (t === undefined || !(isNumeric(t) || t === "bool" || enumLiterals(t) !== undefined)) {
        this.sink.atNode(
          "unsupportedType",
          s.expression,
          "switch needs a number, boolean, startInfo().reason / .fault or a saveState result",
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
      if (s.expression !== undefined) {
        const before = this.sink.diagnostics.length;
        this.expression(s.expression, "value");
        if (this.sink.diagnostics.length === before) this.freshIfObject(s.expression);
      }
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
    } else if (ts.isForInStatement(s) || ts.isForOfStatement(s)) {
      this.sink.atNode("loopForm", s.getChildAt(0));
    } else if (ts.isClassDeclaration(s)) {
      this.sink.atNode("classes", s.name ?? s);
    } else if (ts.isTryStatement(s) || ts.isThrowStatement(s)) {
      this.sink.atNode("exceptions", s.getChildAt(0));
    } else if (ts.isLabeledStatement(s)) {
      this.sink.atNode("labels", s.label);
    } else if (ts.isEnumDeclaration(s)) {
      this.sink.atNode("unsupportedSyntax", s.name, "enums are not supported", "use module-level constants");
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
    const table = structTable(this.checker);
    const objectTypes: ts.Type[] = [];
    if (ts.isInterfaceDeclaration(s)) objectTypes.push(this.checker.getTypeAtLocation(s.name));
    const visit = (node: ts.Node): void => {
      if (ts.isTypeLiteralNode(node)) objectTypes.push(this.checker.getTypeFromTypeNode(node));
      ts.forEachChild(node, visit);
    };
    visit(s);
    for (const t of objectTypes) {
      for (const p of table.problemsOf(t)) this.sink.atNode("objects", p.node, p.message);
    }
  }

  /** A struct value stored somewhere must be a new object: JavaScript would share an existing one. */
  private freshIfObject(e: ts.Expression): void {
    const t = this.typeOf(e);
    if ((isStruct(t) || isOptional(t)) && !this.isFresh(e)) this.sink.atNode("objectCopy", e);
  }

  private isFresh(e: ts.Expression): boolean {
    if (ts.isParenthesizedExpression(e)) return this.isFresh(e.expression);
    if (ts.isObjectLiteralExpression(e) || ts.isCallExpression(e)) return true;
    if (ts.isConditionalExpression(e)) return this.isFresh(e.whenTrue) && this.isFresh(e.whenFalse);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
      return this.isFresh(e.left) && this.isFresh(e.right);
    }
    return false;
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
    if (f.asteriskToken !== undefined || f.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) {
      this.sink.atNode(
        "unsupportedSyntax",
        f.name,
        "async functions and generators are not supported",
        "use setTimeout for things that happen later",
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
    if (f.typeParameters !== undefined) {
      this.sink.atNode("unsupportedSyntax", f.typeParameters[0] ?? f, "generic functions are not supported");
      return;
    }
    for (const p of f.parameters) {
      if (p.questionToken !== undefined || p.initializer !== undefined || p.dotDotDotToken !== undefined) {
        this.sink.atNode("parameters", p);
        continue;
      }
      if (!ts.isIdentifier(p.name)) {
        this.sink.atNode("objects", p.name);
        continue;
      }
      if (this.declaredType(p.name, p.type, false) && isOptional(this.typeOf(p.name))) {
        this.sink.atNode(
          "unsupportedType",
          p.type ?? p.name,
          "a parameter may not be `T | undefined`",
          "check for undefined first and pass the object",
        );
      }
    }
    const signature = this.checker.getSignatureFromDeclaration(f);
    if (signature !== undefined) {
      const returns = valueTypeOf(this.checker.getReturnTypeOfSignature(signature), this.checker);
      if (returns === undefined || returns === "str" || returns === "timer" || isOptional(returns)) {
        this.sink.atNode(
          "unsupportedType",
          f.type ?? f.name,
          "a function may return number, boolean, i32, u32, u8, a declared object type or nothing",
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
        this.sink.atNode("objects", d.name);
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
      if (this.sink.diagnostics.length === before && this.declaredType(d.name, d.type, true)) {
        this.freshIfObject(d.initializer);
      }
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
    if (t === "str") {
      this.sink.atNode("stringValue", name, "strings are not supported as values yet");
      return false;
    }
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
    if (this.typeOf(e) !== "bool") {
      this.sink.atNode("condition", e);
      return;
    }
    this.expression(e, "value");
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
    if (ts.isIdentifier(e)) return this.identifier(e);
    if (ts.isStringLiteralLike(e) || ts.isTemplateExpression(e)) {
      this.sink.atNode("stringValue", e);
      return;
    }
    if (ts.isBinaryExpression(e)) return this.binary(e, where);
    if (ts.isPrefixUnaryExpression(e) || ts.isPostfixUnaryExpression(e)) return this.unary(e);
    if (ts.isConditionalExpression(e)) {
      this.condition(e.condition);
      const t = this.typeOf(e);
      if (t === undefined || t === "str" || t === "void") {
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
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) {
      this.sink.atNode("functionValue", e);
      return;
    }
    if (ts.isArrayLiteralExpression(e) || ts.isElementAccessExpression(e) || ts.isSpreadElement(e)) {
      this.sink.atNode("arrays", e);
      return;
    }
    if (ts.isObjectLiteralExpression(e)) return this.objectLiteral(e);
    if (
      ts.isAsExpression(e) ||
      ts.isTypeAssertionExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isSatisfiesExpression(e)
    ) {
      this.sink.atNode("assertion", e);
      return;
    }
    if (ts.isNewExpression(e) || ts.isClassExpression(e) || e.kind === ts.SyntaxKind.ThisKeyword) {
      this.sink.atNode("classes", e);
      return;
    }
    if (
      ts.isTypeOfExpression(e) ||
      ts.isDeleteExpression(e) ||
      ts.isVoidExpression(e) ||
      ts.isAwaitExpression(e)
    ) {
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
    let t = contextual === undefined ? undefined : valueTypeOf(contextual, this.checker);
    if (isOptional(t)) t = `struct:${t.slice("opt:".length)}`;
    if (!isStruct(t)) {
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
        this.freshIfObject(p.name);
      } else if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) {
        const before = this.sink.diagnostics.length;
        this.expression(p.initializer, "value");
        if (this.sink.diagnostics.length === before) this.freshIfObject(p.initializer);
      } else {
        this.sink.atNode(
          "objects",
          p,
          "object literals may only list fields (`name: value`)",
          "spread, methods, getters and computed names are not supported",
        );
      }
    }
  }

  /** The root variable of an assignable place (`v`, `v.a.b`), or undefined with a report. */
  private place(e: ts.Expression, what: string): ts.Identifier | undefined {
    if (ts.isParenthesizedExpression(e)) return this.place(e.expression, what);
    if (ts.isIdentifier(e)) {
      const r = resolveIdentifier(e, this.checker);
      if (r.k !== "variable") {
        this.sink.atNode("unsupportedSyntax", e, `only variables and their fields can be ${what}`);
        return undefined;
      }
      return e;
    }
    if (ts.isPropertyAccessExpression(e) && isStruct(this.typeOf(e.expression))) {
      const root = this.place(e.expression, what);
      if (root === undefined) return undefined;
      const r = resolveIdentifier(root, this.checker);
      if (r.k === "variable" && ts.isParameter(r.decl)) {
        this.sink.atNode(
          "objects",
          e,
          "fields of an object parameter are read-only",
          "return a new object from the function and assign it where it is called",
        );
        return undefined;
      }
      return root;
    }
    this.sink.atNode(
      ts.isElementAccessExpression(e) ? "arrays" : "objects",
      e,
      `only variables and their fields can be ${what}`,
    );
    return undefined;
  }

  private identifier(id: ts.Identifier): void {
    const r = resolveIdentifier(id, this.checker);
    if (r.k === "function" || (r.k === "builtin" && r.name !== "NaN" && r.name !== "Infinity")) {
      this.sink.atNode("functionValue", id);
      return;
    }
    if (r.k === "variable" && !r.moduleLevel && enclosingFunction(r.decl) !== enclosingFunction(id)) {
      this.sink.atNode("capture", id, `the callback captures the local variable \`${id.text}\``);
      return;
    }
    if (r.k === "unknown")
      this.sink.atNode("unsupportedSyntax", id, `\`${id.text}\` is not a value regen can compile`);
  }

  private binary(e: ts.BinaryExpression, where: "statement" | "value"): void {
    const op = e.operatorToken.kind;
    const l = this.typeOf(e.left);
    const r = this.typeOf(e.right);
    if (op === ts.SyntaxKind.EqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken) {
      this.sink.atNode("looseEquality", e.operatorToken);
      return;
    }
    if (op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsEqualsToken) {
      const undefinedLeft = isUndefinedKeyword(e.left);
      if (undefinedLeft || isUndefinedKeyword(e.right)) {
        const other = undefinedLeft ? e.right : e.left;
        if (!isOptional(this.typeOf(other))) {
          this.sink.atNode(
            "unsupportedType",
            e,
            "only a value of type `T | undefined` (from loadState) can be compared with undefined",
          );
          return;
        }
        this.expression(other, "value");
        return;
      }
      if (isStruct(l) || isStruct(r) || isOptional(l) || isOptional(r)) {
        this.sink.atNode(
          "objects",
          e,
          "objects cannot be compared with === or !==",
          "JavaScript compares objects by identity: compare their fields",
        );
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
        ((isNumeric(l) && isNumeric(r)) || (l === "bool" && r === "bool"));
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
        this.sink.atNode(
          "stringValue",
          e,
          "string concatenation is not supported",
          "use a template literal as a console.log argument",
        );
        return;
      }
      const typed = (side: ts.Expression, st: ValueType | undefined): boolean =>
        (st !== undefined && isNumeric(st)) || (st === undefined && this.erroneous(side));
      if (!typed(e.left, l) || !typed(e.right, r)) {
        this.sink.atNode("unsupportedType", e, "arithmetic needs number operands");
        return;
      }
    } else if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken) {
      if (l !== "bool" || r !== "bool") {
        this.sink.atNode("logicalOperands", e);
        return;
      }
    } else if (op === ts.SyntaxKind.QuestionQuestionToken) {
      let right = e.right;
      while (ts.isParenthesizedExpression(right)) right = right.expression;
      if (!isOptional(l) || !(isStruct(r) || ts.isObjectLiteralExpression(right))) {
        this.sink.atNode(
          "operator",
          e.operatorToken,
          "`??` is only supported as `loadState<T>() ?? { … }`",
          "write `loadState<State>() ?? { …initial state… }`",
        );
        return;
      }
      const before = this.sink.diagnostics.length;
      this.expression(e.left, "value");
      this.expression(e.right, "value");
      if (this.sink.diagnostics.length === before) {
        if (!this.isFresh(e.left)) this.sink.atNode("objectCopy", e.left);
        else if (!this.isFresh(e.right)) this.sink.atNode("objectCopy", e.right);
      }
      return;
    } else if (op === ts.SyntaxKind.EqualsToken || compoundAssignments.has(op)) {
      const root = this.place(e.left, "assigned");
      if (root === undefined) return;
      const target = resolveIdentifier(root, this.checker);
      if (target.k === "variable" && ts.isParameter(target.decl) && (isStruct(l) || isOptional(l))) {
        this.sink.atNode(
          "objects",
          e.left,
          "an object parameter cannot be assigned",
          "declare a local variable for the new object",
        );
        return;
      }
      if (op !== ts.SyntaxKind.EqualsToken && l !== undefined && isInteger(l)) {
        this.sink.atNode("integerUpdate", e);
        return;
      }
      if (op === ts.SyntaxKind.PlusEqualsToken && r === "str") {
        this.sink.atNode("stringValue", e);
        return;
      }
      this.expression(e.left, "value");
      const before = this.sink.diagnostics.length;
      this.expression(e.right, "value");
      if (this.sink.diagnostics.length === before) this.freshIfObject(e.right);
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
      if (this.place(e.operand, "incremented") === undefined) return;
      if (t !== "f64") {
        this.sink.atNode("integerUpdate", e);
        return;
      }
      this.expression(e.operand, "value");
      return;
    }
    if (op === ts.SyntaxKind.ExclamationToken) {
      if (t !== "bool") {
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
    if (
      ts.isCallExpression(e.expression) &&
      calleeBuiltin(e.expression.expression, this.checker) === "startInfo"
    ) {
      const field = e.name.text;
      if (field === "reason" || field === "fault" || field === "restarts" || field === "stateRefused") return;
    }
    if (isStruct(this.typeOf(e.expression))) {
      this.expression(e.expression, "value");
      return;
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
    if (t === "str") {
      this.sink.atNode("stringValue", a);
      return;
    }
    if (t === undefined && this.erroneous(a)) {
      this.expression(a, "value");
      return;
    }
    if (t === undefined || t === "timer" || t === "void" || isStruct(t) || isOptional(t)) {
      this.sink.atNode(
        "unsupportedType",
        a,
        "console.log prints numbers, booleans and text",
        isStruct(t) || isOptional(t) ? "print the object's fields, e.g. `${p.x} ${p.y}`" : undefined,
      );
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
      if (ts.isBlock(c.body)) {
        for (const s of c.body.statements) this.statement(s, false);
      } else {
        this.expression(c.body, "statement");
      }
      return;
    }
    this.sink.atNode("callback", c);
  }
}
