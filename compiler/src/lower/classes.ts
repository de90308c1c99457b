// classes.ts: classes: instances as shaped objects, constructors, methods, accessors, statics, extends.
//
// An instance is `rg_val slots[]`: the base class's fields first, then the class's own, so a field read
// with a static class type is one load at a fixed slot, also on subclass instances. Each class has a
// shape (name for inspect, parent for instanceof, slot keys for interface-typed access, and its methods
// as uniform-convention wrappers for calls through an interface). `new C(a)` allocates the slots and
// calls C's init function, which runs field initializers and the constructor body (in a subclass, after
// `super(...)`, as JavaScript does). A method is a typed C function with `self` first; a call whose
// static receiver class has no subclass overriding the method is a direct call, otherwise it goes
// through a dispatcher that switches on the instance's type id. Static fields are globals, static
// methods plain functions. A class extending Error gets the runtime's Error slots (message, name) first.
import { ts } from "ts-morph";

import type { ValueType } from "../check/value-types.ts";
import type { Expr, Stmt } from "../ir.ts";
import type { Lowerer } from "./lower.ts";
import { asyncFunction, isAsyncFunction } from "./async.ts";
import { cIdentifier } from "./names.ts";
import { adaptArguments, argumentsFor, parameterType, uniformArgument } from "./params.ts";
import { coerce, LoweringError } from "./support.ts";

export interface ClassInfo {
  readonly decl: ts.ClassDeclaration;
  readonly name: string;
  readonly c: string;
  readonly base: ClassInfo | undefined;
  /** the runtime shape of a built-in Error base (rg_shape_error, ...), and its RG_ERROR_* kind */
  readonly errorBase: { readonly shape: string; readonly kind: string } | undefined;
  /** slot names: inherited ones first */
  readonly fields: readonly string[];
  readonly type: number;
  readonly shapeIndex: number;
}

const errorBases: Readonly<Record<string, { shape: string; kind: string }>> = {
  Error: { shape: "rg_shape_error", kind: "RG_ERROR_ERROR" },
  TypeError: { shape: "rg_shape_type_error", kind: "RG_ERROR_TYPE" },
  RangeError: { shape: "rg_shape_range_error", kind: "RG_ERROR_RANGE" },
  SyntaxError: { shape: "rg_shape_syntax_error", kind: "RG_ERROR_SYNTAX" },
};

function isStatic(m: ts.ClassElement): boolean {
  return ts.getCombinedModifierFlags(m as ts.Declaration) & ts.ModifierFlags.Static ? true : false;
}

function memberName(m: ts.ClassElement): string {
  if (m.name === undefined || !(ts.isIdentifier(m.name) || ts.isStringLiteral(m.name)))
    throw new LoweringError(m, "a class member without a plain name reached lowering");
  return m.name.text;
}

/** The class declaration a type or expression names, if the app declares it. */
export function classOfType(lw: Lowerer, type: ts.Type): ts.ClassDeclaration | undefined {
  const t = lw.checker.getNonNullableType(type);
  // `this` inside a class has the class's this-type: its constraint is the class.
  const resolved = t.flags & ts.TypeFlags.TypeParameter ? (lw.checker.getBaseConstraintOfType(t) ?? t) : t;
  const decl = resolved.getSymbol()?.declarations?.[0];
  if (decl === undefined || !ts.isClassDeclaration(decl)) return undefined;
  if (decl.getSourceFile().fileName.startsWith("/regen-lib/")) return undefined;
  return decl;
}

export function classOfNode(lw: Lowerer, node: ts.Node): ts.ClassDeclaration | undefined {
  return classOfType(lw, lw.checker.getTypeAtLocation(node));
}

/** The class a `new C` / `C.x` identifier refers to. */
export function classOfIdentifier(lw: Lowerer, id: ts.Expression): ts.ClassDeclaration | undefined {
  if (!ts.isIdentifier(id)) return undefined;
  const decl = lw.checker.getSymbolAtLocation(id)?.declarations?.[0];
  if (decl === undefined || !ts.isClassDeclaration(decl)) return undefined;
  if (decl.getSourceFile().fileName.startsWith("/regen-lib/")) return undefined;
  return decl;
}

export function classInfo(lw: Lowerer, decl: ts.ClassDeclaration): ClassInfo {
  const known = lw.classes.get(decl);
  if (known !== undefined) return known;
  const name = decl.name?.text ?? "Anonymous";
  const heritage = decl.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  let base: ClassInfo | undefined;
  let errorBase: ClassInfo["errorBase"];
  let inherited: readonly string[] = [];
  if (heritage !== undefined) {
    const baseDecl = classOfIdentifier(lw, heritage.expression);
    if (baseDecl !== undefined) {
      base = classInfo(lw, baseDecl);
      inherited = base.fields;
      errorBase = base.errorBase;
    } else if (ts.isIdentifier(heritage.expression) && errorBases[heritage.expression.text] !== undefined) {
      errorBase = errorBases[heritage.expression.text];
      inherited = ["message", "name"];
    } else {
      throw new LoweringError(heritage, "a base class the compiler does not know");
    }
  }
  // Parameter properties (`constructor(public x: number)`) are fields too, and come first: TypeScript
  // assigns them before the field initializers run, so JavaScript creates them first.
  const own: string[] = [];
  for (const m of decl.members) {
    if (ts.isConstructorDeclaration(m)) {
      for (const p of m.parameters) {
        if (
          ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier &&
          ts.isIdentifier(p.name)
        )
          own.push(p.name.text);
      }
    }
  }
  for (const m of decl.members) if (ts.isPropertyDeclaration(m) && !isStatic(m)) own.push(memberName(m));
  const fields = [...inherited, ...own.filter((f) => !inherited.includes(f))];
  const parent = base !== undefined ? `rgc_shape_${base.shapeIndex}` : errorBase?.shape;
  const type = lw.shape(fields, name, parent);
  const info: ClassInfo = {
    decl,
    name,
    c: `c_${cIdentifier(name)}`,
    base,
    errorBase,
    fields,
    type,
    shapeIndex: type - 16,
  };
  lw.classes.set(decl, info);
  return info;
}

/** Every class of the app that has `info` as an ancestor. */
function subclasses(lw: Lowerer, info: ClassInfo): ClassInfo[] {
  const out: ClassInfo[] = [];
  for (const s of lw.file.statements) {
    if (!ts.isClassDeclaration(s)) continue;
    const other = classInfo(lw, s);
    for (let b = other.base; b !== undefined; b = b.base) {
      if (b === info) {
        out.push(other);
        break;
      }
    }
  }
  return out;
}

type MemberKind = "method" | "get" | "set";

function ownMember(info: ClassInfo, name: string, kind: MemberKind): ts.ClassElement | undefined {
  return info.decl.members.find((m) => {
    if (isStatic(m) || m.name === undefined || memberName(m) !== name) return false;
    if (kind === "method") return ts.isMethodDeclaration(m) && m.body !== undefined;
    if (kind === "get") return ts.isGetAccessor(m);
    return ts.isSetAccessor(m);
  });
}

/** The class (info itself or its nearest ancestor) that defines member `name`. */
function implementer(info: ClassInfo, name: string, kind: MemberKind): ClassInfo | undefined {
  for (let c: ClassInfo | undefined = info; c !== undefined; c = c.base) {
    if (ownMember(c, name, kind) !== undefined) return c;
  }
  return undefined;
}

function memberFunction(info: ClassInfo, name: string, kind: MemberKind): string {
  const prefix = kind === "method" ? "m" : kind;
  return `${info.c}_${prefix}_${cIdentifier(name)}`;
}

/** The C function to call for member `name` on a receiver whose static class is `info`: direct when no
 * subclass overrides it, else a dispatcher on the instance's type id. */
function callTarget(lw: Lowerer, info: ClassInfo, name: string, kind: MemberKind, node: ts.Node): string {
  const impl = implementer(info, name, kind);
  const overriding = subclasses(lw, info).filter((s) => ownMember(s, name, kind) !== undefined);
  if (impl === undefined && overriding.length === 0)
    throw new LoweringError(node, `no ${kind} ${name} on ${info.name}`);
  // An abstract accessor (`abstract get kind(): string`) has no C function: only overrides implement it.
  const implMember = impl === undefined ? undefined : ownMember(impl, name, kind);
  const abstractAccessor =
    implMember !== undefined &&
    (ts.isGetAccessor(implMember) || ts.isSetAccessor(implMember)) &&
    implMember.body === undefined;
  const direct = impl === undefined || abstractAccessor ? undefined : memberFunction(impl, name, kind);
  if (overriding.length === 0 && direct !== undefined) return direct;
  const dispatcher = `${info.c}_v${kind === "method" ? "" : kind}_${cIdentifier(name)}`;
  if (!lw.dispatchers.has(dispatcher)) {
    lw.dispatchers.add(dispatcher);
    // The declaration that gives the parameter types: the one calls see (declaredMethod), or for an
    // accessor the implementation.
    const member = (
      kind === "method"
        ? declaredMethod(info, name)
        : impl === undefined
          ? info.decl.members.find((m) => m.name !== undefined && memberName(m) === name)
          : ownMember(impl, name, kind)
    ) as ts.MethodDeclaration;
    const params = member.parameters.map((p, i) => ({ name: `p${i}`, ty: parameterType(lw, p) }));
    const returns = kind === "set" ? "void" : lw.returnsOf(member);
    const values = params.map((p) => ({ k: "var", ty: p.ty, name: p.name, global: false }) as Expr);
    // An override may declare fewer or more parameters than the declaration calls see: adapt them.
    const args = (fn: string, target: ClassInfo): Expr => {
      const own = ownMember(target, name, kind) as ts.MethodDeclaration | undefined;
      const passed =
        own === undefined || own === member
          ? values
          : adaptArguments(lw, member.parameters, own.parameters, values);
      return {
        k: "call",
        ty: returns,
        fn,
        args: [{ k: "var", ty: "val", name: "self", global: false }, ...passed],
      };
    };
    // Most derived first: a subclass of a subclass is tested before its parent.
    const cases = subclasses(lw, info)
      .map((s) => ({ s, impl: implementer(s, name, kind) }))
      .filter((x) => x.impl !== undefined && x.impl !== impl)
      .sort((a, b) => depth(b.s) - depth(a.s));
    // An abstract method has no default: every concrete subclass is a case.
    let body: Stmt[] =
      direct === undefined
        ? returns === "void"
          ? []
          : [{ k: "return", e: { k: "raw", ty: returns, text: zeroOf(returns), effects: false } }]
        : [ret(args(direct, impl ?? info), returns)];
    for (const c of cases.reverse()) {
      if (c.impl === undefined) continue;
      const test: Expr = { k: "raw", ty: "bool", text: `rg_type_of(self) == ${c.s.type}u`, effects: false };
      body = [
        {
          k: "if",
          c: test,
          then: [ret(args(memberFunction(c.impl, name, kind), c.impl), returns)],
          otherwise: body,
        },
      ];
    }
    lw.functions.push({
      name: dispatcher,
      params: [{ name: "self", ty: "val" }, ...params],
      returns,
      body,
      line: 1,
    });
  }
  return dispatcher;
}

function zeroOf(t: ValueType): string {
  if (t === "f64") return "0.0";
  if (t === "bool") return "false";
  if (t === "i32" || t === "u32" || t === "u8") return "0";
  return "RG_UNDEFINED";
}

function depth(info: ClassInfo): number {
  let d = 0;
  for (let b = info.base; b !== undefined; b = b.base) d++;
  return d;
}

function ret(e: Expr, returns: ValueType): Stmt {
  return returns === "void"
    ? {
        k: "block",
        body: [
          { k: "expr", e },
          { k: "return", e: undefined },
        ],
      }
    : { k: "return", e };
}

/** Lowers a class declaration's functions (init, methods, accessors, statics) and its method table. */
export function lowerClass(lw: Lowerer, decl: ts.ClassDeclaration): void {
  const info = classInfo(lw, decl);
  const ctor = decl.members.find(
    (m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined,
  );
  const fieldInits = (out: Stmt[]): void => {
    // Parameter properties first, then field initializers (TypeScript's order; see classInfo).
    if (ctor !== undefined) {
      for (const p of ctor.parameters) {
        if (
          !(ts.getCombinedModifierFlags(p) & ts.ModifierFlags.ParameterPropertyModifier) ||
          !ts.isIdentifier(p.name)
        )
          continue;
        const v = lw.names.variable(p);
        if (v === undefined) continue;
        const value: Expr = { k: "var", ty: v.ty, name: v.name, global: false };
        out.push({
          k: "expr",
          e: setField(
            info,
            p.name.text,
            { k: "var", ty: "val", name: "self", global: false },
            coerce(value, "val"),
          ),
        });
      }
    }
    for (const m of decl.members) {
      if (ts.isPropertyDeclaration(m) && !isStatic(m)) {
        const value: Expr =
          m.initializer === undefined
            ? { k: "special", ty: "val", value: "RG_UNDEFINED" }
            : coerce(lw.expr(m.initializer, out), "val");
        out.push({
          k: "expr",
          e: setField(info, memberName(m), { k: "var", ty: "val", name: "self", global: false }, value),
        });
      }
    }
  };
  // The init function: field initializers then the constructor body; in a subclass the initializers run
  // right after super(...) (lowered by superCall, which calls back into fieldInits).
  const init = `${info.c}_init`;
  const derived = info.base !== undefined || info.errorBase !== undefined;
  lw.fieldInits.set(decl, fieldInits);
  if (ctor !== undefined) {
    lw.functions.push(
      lw.typedFunction(
        init,
        ctor,
        ctor.body?.statements ?? [],
        derived ? { returns: "void" } : { returns: "void", prologue: fieldInits },
      ),
    );
  } else {
    // No constructor: a base class runs its initializers; a subclass passes its arguments to super.
    const body: Stmt[] = [];
    const self: Expr = { k: "var", ty: "val", name: "self", global: false };
    let params: { name: string; ty: ValueType }[] = [];
    const savedThis = lw.thisExpr;
    lw.thisExpr = self;
    lw.withFunction("void", () => {
      lw.scope.unique("self");
      if (info.base !== undefined) {
        const baseCtor = findConstructor(info.base);
        params = implicitErrorConstructor(info.base)
          ? [{ name: "p0", ty: "val" }]
          : (baseCtor?.parameters ?? []).map((p, i) => ({ name: `p${i}`, ty: parameterType(lw, p) }));
        body.push({
          k: "expr",
          e: {
            k: "call",
            ty: "void",
            fn: `${info.base.c}_init`,
            args: [self, ...params.map((p) => ({ k: "var", ty: p.ty, name: p.name, global: false }) as Expr)],
          },
        });
      } else if (info.errorBase !== undefined) {
        // Error's own constructor takes the message.
        params = [{ name: "p0", ty: "val" }];
        body.push({
          k: "expr",
          e: lw.runtime("rg_throw.h", "rg_error_init", "void", [
            self,
            { k: "raw", ty: "u32", text: info.errorBase.kind, effects: false },
            { k: "var", ty: "val", name: "p0", global: false },
          ]),
        });
      }
      fieldInits(body);
    });
    lw.thisExpr = savedThis;
    lw.functions.push({
      name: init,
      params: [{ name: "self", ty: "val" }, ...params],
      returns: "void",
      body,
      line: 1,
    });
  }
  const methods: { key: number; fn: string }[] = [];
  for (const m of decl.members) {
    if (ts.isMethodDeclaration(m) && m.body !== undefined) {
      const name = memberName(m);
      if (isAsyncFunction(m)) {
        // An async method: entry (self first unless static), resume and reject functions (async.ts).
        const fn = isStatic(m) ? `${info.c}_s_${cIdentifier(name)}` : memberFunction(info, name, "method");
        lw.functions.push(asyncFunction(lw, m, { name: fn, self: !isStatic(m) }));
      } else if (isStatic(m)) {
        lw.functions.push(
          lw.typedFunction(`${info.c}_s_${cIdentifier(name)}`, m, m.body.statements, undefined),
        );
      } else {
        const fn = memberFunction(info, name, "method");
        lw.functions.push(lw.typedFunction(fn, m, m.body.statements, {}));
      }
    } else if ((ts.isGetAccessor(m) || ts.isSetAccessor(m)) && m.body !== undefined && isStatic(m)) {
      // A static accessor: a plain C function (no self), like a static method.
      const kind = ts.isGetAccessor(m) ? "get" : "set";
      lw.functions.push(
        lw.typedFunction(staticAccessorFunction(info, memberName(m), kind), m, m.body.statements, undefined),
      );
    } else if ((ts.isGetAccessor(m) || ts.isSetAccessor(m)) && m.body !== undefined && !isStatic(m)) {
      const kind = ts.isGetAccessor(m) ? "get" : "set";
      lw.functions.push(
        lw.typedFunction(
          memberFunction(info, memberName(m), kind),
          m,
          m.body.statements,
          kind === "set" ? { returns: "void" } : {},
        ),
      );
    }
  }
  // The shape's method table: uniform wrappers of every method the instances have, most derived first.
  const seen = new Set<string>();
  for (let c: ClassInfo | undefined = info; c !== undefined; c = c.base) {
    for (const m of c.decl.members) {
      if (!ts.isMethodDeclaration(m) || isStatic(m) || m.body === undefined) continue;
      const name = memberName(m);
      if (seen.has(name)) continue;
      seen.add(name);
      methods.push({ key: lw.key(name), fn: uniformWrapper(lw, c, m) });
    }
  }
  const shape = lw.shapes[info.shapeIndex];
  if (shape !== undefined) (shape.methods as { key: number; fn: string }[]).push(...methods);
}

function findConstructor(info: ClassInfo): ts.ConstructorDeclaration | undefined {
  for (let c: ClassInfo | undefined = info; c !== undefined; c = c.base) {
    const ctor = c.decl.members.find((m): m is ts.ConstructorDeclaration => ts.isConstructorDeclaration(m));
    if (ctor !== undefined) return ctor;
  }
  return undefined;
}

/** An Error subclass with no constructor anywhere up to Error: its init takes Error's `message?` argument. */
function implicitErrorConstructor(info: ClassInfo): boolean {
  return info.errorBase !== undefined && findConstructor(info) === undefined;
}

/** The message argument (an rg_val, undefined when omitted) of `new E(...)` / `super(...)` for such a class;
 * every argument is evaluated, as JavaScript does. */
function errorMessageArgument(lw: Lowerer, args: readonly ts.Expression[], out: Stmt[]): Expr {
  const values = lw.operands(args, out);
  return values[0] === undefined
    ? { k: "special", ty: "val", value: "RG_UNDEFINED" }
    : coerce(values[0], "val");
}

/** `rg_val f(cx, self, argc, argv)` calling a method: for calls through an interface. */
function uniformWrapper(lw: Lowerer, info: ClassInfo, m: ts.MethodDeclaration): string {
  const fn = memberFunction(info, memberName(m), "method");
  const name = `${fn}_u`;
  if (lw.functions.some((f) => f.name === name)) return name;
  const returns = lw.returnsOf(m);
  const args: Expr[] = m.parameters.map((p, i) => uniformArgument(lw, p, i));
  const call: Expr = {
    k: "call",
    ty: returns,
    fn,
    args: [{ k: "var", ty: "val", name: "self", global: false }, ...args],
  };
  const body: Stmt[] =
    returns === "void"
      ? [
          { k: "expr", e: call },
          { k: "return", e: { k: "special", ty: "val", value: "RG_UNDEFINED" } },
        ]
      : [{ k: "return", e: coerce(call, "val") }];
  lw.functions.push({ name, uniform: true, params: [], returns: "val", body, line: 1 });
  return name;
}

function slotExpr(info: ClassInfo, name: string, object: Expr): Expr {
  const slot = info.fields.indexOf(name);
  if (slot < 0) throw new Error(`no field ${name} in ${info.name}`);
  return { k: "slot", ty: "val", e: object, index: { k: "int", ty: "u32", value: slot } };
}

/** A field declared without an initializer (`s: string;`, `s!: string;`): its slot holds undefined until
 * assigned (rg_alloc_slots), and the constructor may read it before (`this.init()`), so a string-typed read
 * stays an rg_val ("val") that prints, converts and compares as undefined; not a "str", which must hold a
 * string. */
function mayBeUnset(info: ClassInfo, name: string): boolean {
  for (let c: ClassInfo | undefined = info; c !== undefined; c = c.base) {
    const m = c.decl.members.find(
      (d) => ts.isPropertyDeclaration(d) && !isStatic(d) && d.name !== undefined && memberName(d) === name,
    );
    if (m !== undefined) return ts.isPropertyDeclaration(m) && m.initializer === undefined;
  }
  return false;
}

function setField(info: ClassInfo, name: string, object: Expr, value: Expr): Expr {
  const slot = info.fields.indexOf(name);
  if (slot < 0) throw new Error(`no field ${name} in ${info.name}`);
  return { k: "setslot", ty: "val", obj: object, index: { k: "int", ty: "u32", value: slot }, e: value };
}

/** `new C(args)`. */
export function newInstance(lw: Lowerer, node: ts.NewExpression, out: Stmt[]): Expr | undefined {
  const decl = classOfIdentifier(lw, node.expression);
  if (decl === undefined) return undefined;
  const info = classInfo(lw, decl);
  const ctor = findConstructor(info);
  const args = implicitErrorConstructor(info)
    ? [errorMessageArgument(lw, node.arguments ?? [], out)]
    : argumentsFor(lw, ctor?.parameters ?? [], node.arguments ?? [], out);
  const spilled = args.map((a) => lw.spill(a, out));
  const t = lw.scope.temp();
  out.push({
    k: "decl",
    name: t,
    ty: "val",
    init: lw.runtime("rg_alloc.h", "rg_alloc_slots", "val", [
      { k: "int", ty: "u32", value: info.type },
      { k: "int", ty: "u32", value: info.fields.length },
    ]),
  });
  const self: Expr = { k: "var", ty: "val", name: t, global: false };
  out.push({ k: "expr", e: { k: "call", ty: "void", fn: `${info.c}_init`, args: [self, ...spilled] } });
  return self;
}

/** `super(args)` in a constructor: the base's init, then this class's field initializers. */
export function superCall(lw: Lowerer, node: ts.CallExpression, out: Stmt[]): Expr {
  const decl = ts.findAncestor(node, ts.isClassDeclaration);
  if (decl === undefined || lw.thisExpr === undefined) throw new LoweringError(node, "super outside a class");
  const info = classInfo(lw, decl);
  const self = lw.thisExpr;
  if (info.base !== undefined) {
    const ctor = findConstructor(info.base);
    const args = implicitErrorConstructor(info.base)
      ? [errorMessageArgument(lw, node.arguments, out)]
      : argumentsFor(lw, ctor?.parameters ?? [], node.arguments, out);
    out.push({
      k: "expr",
      e: { k: "call", ty: "void", fn: `${info.base.c}_init`, args: [self, ...args] },
    });
  } else if (info.errorBase !== undefined) {
    const args = lw.operands(node.arguments, out);
    const message: Expr =
      args[0] === undefined ? { k: "special", ty: "val", value: "RG_UNDEFINED" } : coerce(args[0], "val");
    out.push({
      k: "expr",
      e: lw.runtime("rg_throw.h", "rg_error_init", "void", [
        self,
        { k: "raw", ty: "u32", text: info.errorBase.kind, effects: false },
        message,
      ]),
    });
  }
  lw.fieldInits.get(decl)?.(out);
  return { k: "raw", ty: "void", text: "(void)0", effects: false };
}

/** `o.f`, `o.g` (getter), `C.s` (static field) where the receiver is a class instance or class. */
export function classProperty(lw: Lowerer, node: ts.PropertyAccessExpression, out: Stmt[]): Expr | undefined {
  const staticClass = classOfIdentifier(lw, node.expression);
  if (staticClass !== undefined) {
    if (staticAccessorOwner(lw, staticClass, node.name.text) !== undefined)
      return coerce(staticAccessorGet(lw, staticClass, node.name.text), lw.typeOf(node));
    const v = lw.staticFields.get(`${classInfo(lw, staticClass).c}.${node.name.text}`);
    if (v === undefined) throw new LoweringError(node, "unknown static member");
    return { k: "var", ty: v.ty, name: v.name, global: true };
  }
  if (node.expression.kind === ts.SyntaxKind.SuperKeyword) return superGet(lw, node);
  const decl = classOfNode(lw, node.expression);
  if (decl === undefined) return undefined;
  const info = classInfo(lw, decl);
  const name = node.name.text;
  const object = coerce(lw.expr(node.expression, out), "val");
  const ty = lw.typeOf(node);
  if (info.fields.includes(name)) {
    const slot = slotExpr(info, name, object);
    return ty === "str" && mayBeUnset(info, name) ? slot : coerce(slot, ty);
  }
  if (implementer(info, name, "get") !== undefined) {
    const fn = callTarget(lw, info, name, "get", node);
    const getter = ownMember(
      implementer(info, name, "get") as ClassInfo,
      name,
      "get",
    ) as ts.GetAccessorDeclaration;
    return coerce({ k: "call", ty: lw.returnsOf(getter), fn, args: [object] }, ty);
  }
  return undefined;
}

/** Assignment to `o.f` / setter / static field; undefined when the target is not a class member. */
export function classStore(
  lw: Lowerer,
  target: ts.PropertyAccessExpression,
  value: ts.Expression,
  out: Stmt[],
): Expr | undefined {
  if (target.expression.kind === ts.SyntaxKind.SuperKeyword) return superSet(lw, target, value, out);
  const staticClass = classOfIdentifier(lw, target.expression);
  if (staticClass !== undefined) {
    if (staticAccessorOwner(lw, staticClass, target.name.text) !== undefined) {
      const saved = lw.spill(lw.expr(value, out), out);
      out.push({ k: "expr", e: staticAccessorSet(lw, staticClass, target.name.text, saved) });
      return coerce(saved, lw.typeOf(target));
    }
    const v = lw.staticFields.get(`${classInfo(lw, staticClass).c}.${target.name.text}`);
    if (v === undefined) return undefined;
    return {
      k: "assign",
      ty: v.ty,
      name: v.name,
      global: true,
      e: coerce(lw.expr(value, out), v.ty),
    };
  }
  const decl = classOfNode(lw, target.expression);
  if (decl === undefined) return undefined;
  const info = classInfo(lw, decl);
  const name = target.name.text;
  const [object, v] = lw.operands([target.expression, value], out);
  if (object === undefined || v === undefined) throw new LoweringError(target, "missing operand");
  const ty = lw.typeOf(target);
  if (info.fields.includes(name))
    return coerce(setField(info, name, coerce(object, "val"), coerce(v, "val")), ty);
  const impl = implementer(info, name, "set");
  if (impl !== undefined) {
    const setter = ownMember(impl, name, "set") as ts.SetAccessorDeclaration;
    const pty = setter.parameters[0] === undefined ? "val" : lw.typeOf(setter.parameters[0].name);
    const saved = lw.spill(coerce(v, pty), out);
    out.push({
      k: "expr",
      e: {
        k: "call",
        ty: "void",
        fn: callTarget(lw, info, name, "set", target),
        args: [coerce(object, "val"), saved],
      },
    });
    return saved;
  }
  return undefined;
}

/** `o.m(args)`, `super.m(args)`, `C.s(args)`; undefined when the callee is not a class method. */
export function methodCall(lw: Lowerer, node: ts.CallExpression, out: Stmt[]): Expr | undefined {
  const callee = node.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const name = callee.name.text;
  const staticClass = classOfIdentifier(lw, callee.expression);
  if (staticClass !== undefined) {
    const info = classInfo(lw, staticClass);
    const m = staticClass.members.find(
      (x) => ts.isMethodDeclaration(x) && isStatic(x) && memberName(x) === name,
    ) as ts.MethodDeclaration | undefined;
    if (m === undefined) return undefined;
    const args = argumentsFor(lw, m.parameters, node.arguments, out);
    const call: Expr = { k: "call", ty: lw.returnsOf(m), fn: `${info.c}_s_${cIdentifier(name)}`, args };
    const ty = lw.typeOf(node);
    return call.ty === "void" || ty === "void" ? call : coerce(call, ty);
  }
  let info: ClassInfo;
  let fn: string;
  let self: Expr;
  const pre: Stmt[] = [];
  if (callee.expression.kind === ts.SyntaxKind.SuperKeyword) {
    const decl = ts.findAncestor(node, ts.isClassDeclaration);
    const base = decl === undefined ? undefined : classInfo(lw, decl).base;
    if (base === undefined || lw.thisExpr === undefined) return undefined;
    const impl = implementer(base, name, "method");
    if (impl === undefined) return undefined;
    info = impl;
    fn = memberFunction(impl, name, "method");
    self = lw.thisExpr;
  } else {
    const decl = classOfNode(lw, callee.expression);
    if (decl === undefined) return undefined;
    info = classInfo(lw, decl);
    if (declaredMethod(info, name) === undefined) return undefined;
    fn = callTarget(lw, info, name, "method", callee);
    self = lw.expr(callee.expression, pre);
  }
  const m = declaredMethod(info, name);
  if (m === undefined) return undefined;
  // A direct call goes to the implementation, whose parameters may differ from an abstract declaration.
  const impl = lw.dispatchers.has(fn) ? undefined : implementer(info, name, "method");
  const target =
    (impl === undefined ? undefined : (ownMember(impl, name, "method") as ts.MethodDeclaration)) ?? m;
  out.push(...pre);
  const args = argumentsFor(lw, target.parameters, node.arguments, out);
  const savedSelf = args.length > 0 ? lw.spill(coerce(self, "val"), out) : coerce(self, "val");
  const result: Expr = { k: "call", ty: lw.returnsOf(m), fn, args: [savedSelf, ...args] };
  // A generic class's method returns its declared C type; the call's instantiated type may unbox it.
  const ty = lw.typeOf(node);
  return result.ty === "void" || ty === "void" ? result : coerce(result, ty);
}

/** The declaration of instance method `name` (abstract ones too) on info or its nearest ancestor. */
function declaredMethod(info: ClassInfo, name: string): ts.MethodDeclaration | undefined {
  for (let c: ClassInfo | undefined = info; c !== undefined; c = c.base) {
    const m = c.decl.members.find(
      (x): x is ts.MethodDeclaration => ts.isMethodDeclaration(x) && !isStatic(x) && memberName(x) === name,
    );
    if (m !== undefined) return m;
  }
  return undefined;
}

/** `x instanceof C` for an app class: the shape chain of x's type reaches C's. */
export function classInstanceOf(lw: Lowerer, node: ts.BinaryExpression, out: Stmt[]): Expr | undefined {
  const decl = classOfIdentifier(lw, node.right);
  if (decl === undefined) return undefined;
  const info = classInfo(lw, decl);
  const v = coerce(lw.expr(node.left, out), "val");
  return lw.runtime("rg_throw.h", "rg_instance_of", "bool", [
    v,
    { k: "raw", ty: "val", text: `&rgc_shape_${info.shapeIndex}`, effects: false },
  ]);
}

/** Static fields become globals (declared before functions are lowered). */
export function defineStatics(lw: Lowerer, decl: ts.ClassDeclaration): void {
  const info = classInfo(lw, decl);
  for (const m of decl.members) {
    if (ts.isPropertyDeclaration(m) && isStatic(m)) {
      const name = `v_${cIdentifier(info.name)}_${cIdentifier(memberName(m))}`;
      const ty = lw.typeOf(m.name);
      lw.staticFields.set(`${info.c}.${memberName(m)}`, { name, ty });
      lw.globals.push({ name, ty });
    }
  }
}

/** Static field initializers, run where the class is declared. */
export function staticInitializers(lw: Lowerer, decl: ts.ClassDeclaration, out: Stmt[]): void {
  const info = classInfo(lw, decl);
  for (const m of decl.members) {
    if (ts.isPropertyDeclaration(m) && isStatic(m) && m.initializer !== undefined) {
      const v = lw.staticFields.get(`${info.c}.${memberName(m)}`);
      if (v === undefined) continue;
      out.push({
        k: "expr",
        e: {
          k: "assign",
          ty: v.ty,
          name: v.name,
          global: true,
          e: coerce(lw.expr(m.initializer, out), v.ty),
        },
      });
    }
  }
}

function staticAccessorFunction(info: ClassInfo, name: string, kind: "get" | "set"): string {
  return `${info.c}_s${kind}_${cIdentifier(name)}`;
}

/** The class whose static accessor `C.name` reaches: the nearest class in C's chain that declares a
 * static member `name`, when that member is a getter or setter (a static field or method there hides
 * the accessors of the classes above, as in JavaScript). */
export function staticAccessorOwner(
  lw: Lowerer,
  decl: ts.ClassDeclaration,
  name: string,
): ClassInfo | undefined {
  for (let c: ClassInfo | undefined = classInfo(lw, decl); c !== undefined; c = c.base) {
    const own = c.decl.members.filter((m) => isStatic(m) && m.name !== undefined && memberName(m) === name);
    if (own.length === 0) continue;
    return own.some((m) => ts.isGetAccessor(m) || ts.isSetAccessor(m)) ? c : undefined;
  }
  return undefined;
}

function staticAccessorMember(
  owner: ClassInfo,
  name: string,
  kind: "get" | "set",
): ts.AccessorDeclaration | undefined {
  return owner.decl.members.find(
    (m): m is ts.AccessorDeclaration =>
      isStatic(m) &&
      (ts.isGetAccessor(m) || ts.isSetAccessor(m)) &&
      ts.isGetAccessor(m) === (kind === "get") &&
      m.body !== undefined &&
      memberName(m) === name,
  );
}

/** `C.name` through a static getter (undefined when the accessor has only a setter). */
function staticAccessorGet(lw: Lowerer, decl: ts.ClassDeclaration, name: string): Expr {
  const owner = staticAccessorOwner(lw, decl, name);
  const getter = owner === undefined ? undefined : staticAccessorMember(owner, name, "get");
  if (owner === undefined || getter === undefined) return { k: "special", ty: "val", value: "RG_UNDEFINED" };
  return { k: "call", ty: lw.returnsOf(getter), fn: staticAccessorFunction(owner, name, "get"), args: [] };
}

/** `C.name = value` through a static setter (the value is dropped without one, as in sloppy mode);
 * value must be evaluated once already (a variable or constant). */
function staticAccessorSet(lw: Lowerer, decl: ts.ClassDeclaration, name: string, value: Expr): Expr {
  const owner = staticAccessorOwner(lw, decl, name);
  const setter = owner === undefined ? undefined : staticAccessorMember(owner, name, "set");
  if (owner === undefined || setter === undefined)
    return { k: "raw", ty: "void", text: "(void)0", effects: false };
  const p = setter.parameters[0];
  const ty: ValueType = p === undefined ? "val" : parameterType(lw, p);
  return { k: "call", ty: "void", fn: staticAccessorFunction(owner, name, "set"), args: [coerce(value, ty)] };
}

/** `C.name = value` as one expression (compound assignment, ++/--): a small generated function calls
 * the static setter and returns its argument. */
function staticAccessorStore(lw: Lowerer, decl: ts.ClassDeclaration, name: string, value: Expr): Expr {
  const owner = staticAccessorOwner(lw, decl, name);
  const setter = owner === undefined ? undefined : staticAccessorMember(owner, name, "set");
  if (owner === undefined || setter === undefined) return value;
  const p = setter.parameters[0];
  const ty: ValueType = p === undefined ? "val" : parameterType(lw, p);
  const wrapper = `${staticAccessorFunction(owner, name, "set")}_r`;
  if (!lw.functions.some((f) => f.name === wrapper)) {
    const v: Expr = { k: "var", ty, name: "v", global: false };
    lw.functions.push({
      name: wrapper,
      params: [{ name: "v", ty }],
      returns: ty,
      body: [
        { k: "expr", e: staticAccessorSet(lw, decl, name, v) },
        { k: "return", e: v },
      ],
      line: 1,
    });
  }
  return { k: "call", ty, fn: wrapper, args: [coerce(value, ty)] };
}

/** The class of `receiver` when `name` is one of its accessors (get and/or set), not a field: for
 * compound assignment and ++/-- (lower.ts place / load / store). A receiver that names a class (`C.x`)
 * is a static accessor of it. */
export function accessorClass(
  lw: Lowerer,
  receiver: ts.Expression,
  name: string,
): ts.ClassDeclaration | undefined {
  const staticClass = classOfIdentifier(lw, receiver);
  if (staticClass !== undefined)
    return staticAccessorOwner(lw, staticClass, name) === undefined ? undefined : staticClass;
  const decl = classOfNode(lw, receiver);
  if (decl === undefined) return undefined;
  const info = classInfo(lw, decl);
  if (info.fields.includes(name)) return undefined;
  const accessor = implementer(info, name, "get") ?? implementer(info, name, "set");
  return accessor === undefined ? undefined : decl;
}

/** Reads accessor `name` of `object` (a class instance): its getter, or undefined without one. */
export function accessorGet(
  lw: Lowerer,
  decl: ts.ClassDeclaration,
  name: string,
  object: Expr,
  node: ts.Node,
): Expr {
  if (ts.isIdentifier(node) && classOfIdentifier(lw, node) === decl) return staticAccessorGet(lw, decl, name);
  const info = classInfo(lw, decl);
  const impl = implementer(info, name, "get");
  if (impl === undefined) return { k: "special", ty: "val", value: "RG_UNDEFINED" };
  const getter = ownMember(impl, name, "get") as ts.GetAccessorDeclaration;
  const fn = callTarget(lw, info, name, "get", node);
  return { k: "call", ty: lw.returnsOf(getter), fn, args: [coerce(object, "val")] };
}

/** Writes accessor `name` of `object` through its setter (ignored without one, as in sloppy-mode
 * JavaScript); the value of the expression is the value written. A small generated function calls the
 * setter and returns its argument, so the store stays one expression. */
export function accessorSet(
  lw: Lowerer,
  decl: ts.ClassDeclaration,
  name: string,
  object: Expr,
  value: Expr,
  node: ts.Node,
): Expr {
  if (ts.isIdentifier(node) && classOfIdentifier(lw, node) === decl)
    return staticAccessorStore(lw, decl, name, value);
  const info = classInfo(lw, decl);
  const impl = implementer(info, name, "set");
  if (impl === undefined) return value;
  const setter = ownMember(impl, name, "set") as ts.SetAccessorDeclaration;
  const ty: ValueType = setter.parameters[0] === undefined ? "val" : lw.typeOf(setter.parameters[0].name);
  const target = callTarget(lw, info, name, "set", node);
  const wrapper = `${target}_r`;
  if (!lw.functions.some((f) => f.name === wrapper)) {
    const self: Expr = { k: "var", ty: "val", name: "self", global: false };
    const v: Expr = { k: "var", ty, name: "v", global: false };
    lw.functions.push({
      name: wrapper,
      params: [
        { name: "self", ty: "val" },
        { name: "v", ty },
      ],
      returns: ty,
      body: [
        { k: "expr", e: { k: "call", ty: "void", fn: target, args: [self, v] } },
        { k: "return", e: v },
      ],
      line: 1,
    });
  }
  return { k: "call", ty, fn: wrapper, args: [coerce(object, "val"), coerce(value, ty)] };
}

/** The base class of the class around a `super.x` (undefined outside a derived class's members). */
function superBase(lw: Lowerer, node: ts.Node): ClassInfo | undefined {
  const decl = ts.findAncestor(node, ts.isClassDeclaration);
  return decl === undefined || lw.thisExpr === undefined ? undefined : classInfo(lw, decl).base;
}

/** `super.p` where a base class has a getter p: that getter, called directly (no dispatch, which would
 * find the override that is running). */
function superGet(lw: Lowerer, node: ts.PropertyAccessExpression): Expr | undefined {
  const base = superBase(lw, node);
  const impl = base === undefined ? undefined : implementer(base, node.name.text, "get");
  if (impl === undefined || lw.thisExpr === undefined) return undefined;
  const getter = ownMember(impl, node.name.text, "get") as ts.GetAccessorDeclaration;
  const fn = memberFunction(impl, node.name.text, "get");
  const call: Expr = { k: "call", ty: lw.returnsOf(getter), fn, args: [coerce(lw.thisExpr, "val")] };
  return coerce(call, lw.typeOf(node));
}

/** `super.p = v` where a base class has a setter p: that setter, called directly. */
function superSet(
  lw: Lowerer,
  target: ts.PropertyAccessExpression,
  value: ts.Expression,
  out: Stmt[],
): Expr | undefined {
  const base = superBase(lw, target);
  const impl = base === undefined ? undefined : implementer(base, target.name.text, "set");
  if (impl === undefined || lw.thisExpr === undefined) return undefined;
  const setter = ownMember(impl, target.name.text, "set") as ts.SetAccessorDeclaration;
  const pty = setter.parameters[0] === undefined ? "val" : lw.typeOf(setter.parameters[0].name);
  const saved = lw.spill(coerce(lw.expr(value, out), pty), out);
  const fn = memberFunction(impl, target.name.text, "set");
  out.push({ k: "expr", e: { k: "call", ty: "void", fn, args: [coerce(lw.thisExpr, "val"), saved] } });
  return saved;
}
