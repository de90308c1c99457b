// ir.ts: the small typed intermediate representation between the TypeScript AST and C.
//
// Lowering resolves every name, type, conversion and evaluation order into this form; the C emitter only
// prints it. Expressions carry their value type; a numeric value is always a JavaScript number, and its type
// says how it is held (double, or an integer type when its value is known to be in that range). Seams for
// later issues: `ValueType` gains string/array/object/closure references, `Function` gains captured
// environments, and `Module` gains a heap description; nothing here assumes they will not come.
import type { ValueType } from "./check/value-types.ts";

export type Expr =
  | { readonly k: "number"; readonly ty: "f64"; readonly value: number }
  | { readonly k: "int"; readonly ty: "i32" | "u32" | "u8"; readonly value: number }
  | { readonly k: "bool"; readonly ty: "bool"; readonly value: boolean }
  | { readonly k: "reason"; readonly ty: "reason"; readonly value: number }
  | { readonly k: "var"; readonly ty: ValueType; readonly name: string; readonly global: boolean }
  /** numeric conversion with JavaScript's meaning (int → double, ToInt32, ToUint32, & 255) */
  | { readonly k: "convert"; readonly ty: ValueType; readonly e: Expr }
  /** a C operator whose operands already have the types C needs */
  | { readonly k: "binary"; readonly ty: ValueType; readonly op: string; readonly l: Expr; readonly r: Expr }
  | { readonly k: "unary"; readonly ty: ValueType; readonly op: string; readonly e: Expr }
  | { readonly k: "cond"; readonly ty: ValueType; readonly c: Expr; readonly a: Expr; readonly b: Expr }
  | { readonly k: "call"; readonly ty: ValueType; readonly fn: string; readonly args: readonly Expr[] }
  /** a runtime or C helper call (no user code runs inside, except timers starting later) */
  | {
      readonly k: "rt";
      readonly ty: ValueType;
      readonly fn: string;
      readonly args: readonly Expr[];
      readonly effects: boolean;
    }
  | { readonly k: "funcref"; readonly ty: "void"; readonly fn: string }
  | {
      readonly k: "assign";
      readonly ty: ValueType;
      readonly name: string;
      readonly global: boolean;
      readonly e: Expr;
    }
  /** x++ / x-- / ++x / --x on a double variable */
  | {
      readonly k: "update";
      readonly ty: "f64";
      readonly name: string;
      readonly global: boolean;
      readonly op: "++" | "--";
      readonly prefix: boolean;
    };

/** One argument of console.log or panic, or one piece of a template literal. */
export type TextPart =
  | { readonly k: "text"; readonly text: string }
  | { readonly k: "value"; readonly e: Expr; readonly inspect: boolean };

export type Stmt =
  | { readonly k: "line"; readonly line: number }
  | { readonly k: "decl"; readonly name: string; readonly ty: ValueType; readonly init: Expr | undefined }
  | { readonly k: "expr"; readonly e: Expr }
  | {
      readonly k: "if";
      readonly c: Expr;
      readonly then: readonly Stmt[];
      readonly otherwise: readonly Stmt[];
    }
  /** for (;;) { body } with `continue` going to `continueLabel` when set */
  | {
      readonly k: "loop";
      readonly body: readonly Stmt[];
      readonly continueLabel: string | undefined;
      readonly update: readonly Stmt[];
    }
  | { readonly k: "switch"; readonly index: Expr; readonly cases: readonly (readonly Stmt[])[] }
  | { readonly k: "break" }
  | { readonly k: "continue"; readonly label: string | undefined }
  | { readonly k: "return"; readonly e: Expr | undefined }
  | { readonly k: "block"; readonly body: readonly Stmt[] }
  | { readonly k: "log"; readonly parts: readonly TextPart[] }
  | { readonly k: "panic"; readonly parts: readonly TextPart[] }
  | { readonly k: "noreturn"; readonly fn: string; readonly args: readonly Expr[] };

export interface Param {
  readonly name: string;
  readonly ty: ValueType;
}

export interface Function {
  readonly name: string;
  readonly params: readonly Param[];
  readonly returns: ValueType;
  readonly body: readonly Stmt[];
  readonly line: number;
}

export interface Global {
  readonly name: string;
  readonly ty: ValueType;
}

export interface Module {
  readonly sourcePath: string;
  readonly moduleId: string;
  readonly globals: readonly Global[];
  readonly functions: readonly Function[];
  /** the module's top-level code */
  readonly main: Function;
}
