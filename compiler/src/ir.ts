// ir.ts: the small typed intermediate representation between the TypeScript AST and C.
//
// Lowering resolves every name, type, conversion and evaluation order into this form; the C emitter only
// prints it. Expressions carry their value type; a numeric value is always a JavaScript number, and its type
// says how it is held (double, or an integer type when its value is known to be in that range). Seams for
// later issues: `ValueType` gains string/array/object/closure references, `Function` gains captured
// environments, and `Module` gains a heap description; nothing here assumes they will not come.
import type { StructLayout } from "./check/struct-types.ts";
import type { OptionalType, StructType, ValueType } from "./check/value-types.ts";
import type { StateLayout } from "./state/schema.ts";

export type Expr =
  | { readonly k: "number"; readonly ty: "f64"; readonly value: number }
  | { readonly k: "int"; readonly ty: "i32" | "u32" | "u8"; readonly value: number }
  | { readonly k: "bool"; readonly ty: "bool"; readonly value: boolean }
  /** a member of an enum-like string union (start reason, fault class, save result), as its number */
  | { readonly k: "enum"; readonly ty: "reason" | "fault" | "save"; readonly value: number }
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
  /** a new struct value; fields in the struct's declaration order, already in evaluation-safe form */
  | {
      readonly k: "object";
      readonly ty: StructType;
      readonly fields: readonly { readonly name: string; readonly e: Expr }[];
    }
  /** reading a member of a struct (or `present` / `value` of an optional struct) */
  | { readonly k: "field"; readonly ty: ValueType; readonly e: Expr; readonly name: string }
  /** the address of a struct place, passed to a function that takes the struct by reference */
  | { readonly k: "addr"; readonly ty: StructType; readonly e: Expr }
  /** an optional struct holding `e` */
  | { readonly k: "some"; readonly ty: OptionalType; readonly e: Expr }
  /** `path` are field names below the variable (empty for the variable itself) */
  | {
      readonly k: "assign";
      readonly ty: ValueType;
      readonly name: string;
      readonly global: boolean;
      readonly path: readonly string[];
      readonly e: Expr;
    }
  /** x++ / x-- / ++x / --x on a double variable or field */
  | {
      readonly k: "update";
      readonly ty: "f64";
      readonly name: string;
      readonly global: boolean;
      readonly path: readonly string[];
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

/** A struct parameter is passed as a pointer to the caller's object (JavaScript passes a reference). */
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
  /** the app's object types, each after the ones it contains */
  readonly structs: readonly StructLayout[];
  /** the app's state type, when it calls loadState/saveState */
  readonly state: StateLayout | undefined;
  /** startInfo().stateRefused is used: the start code probes the saved state once */
  readonly probesState: boolean;
  /** which of the generated state functions the app calls */
  readonly stateCalls: { readonly load: boolean; readonly save: boolean };
  /** the module's top-level code */
  readonly main: Function;
}
