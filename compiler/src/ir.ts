// ir.ts: the small typed intermediate representation between the TypeScript AST and C.
//
// Lowering resolves every name, type, conversion and evaluation order into this form; the C emitter only
// prints it. Expressions carry their value type; a numeric value is always a JavaScript number, and its type
// says how it is held (double, or an integer type when its value is known to be in that range). Seams for
// later issues: `ValueType` gains string/array/object/closure references, `Function` gains captured
// environments, and `Module` gains a heap description; nothing here assumes they will not come.
import type { StructLayout } from "./check/struct-types.ts";
import type { ValueType } from "./check/value-types.ts";
import type { StateShapes } from "./emit/emit-state.ts";
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
  /** a string literal: entry `index` of the module's string table (a static string object) */
  | { readonly k: "str"; readonly ty: "str"; readonly index: number }
  /** a special rg_val constant (`RG_UNDEFINED`, `RG_NULL`) */
  | { readonly k: "special"; readonly ty: "val"; readonly value: "RG_UNDEFINED" | "RG_NULL" }
  /** a call of a runtime function that takes the app's context first (`fn(&cx, args...)`) */
  | {
      readonly k: "cxcall";
      readonly ty: ValueType;
      readonly fn: string;
      readonly args: readonly Expr[];
    }
  /** the two C arguments `argc, argv` of a rest parameter or uniform call: `n, (const rg_val[]){...}` */
  | { readonly k: "argv"; readonly ty: "void"; readonly items: readonly Expr[] }
  /** slot `index` of a heap object (instance, object literal, environment, box): an rg_val place */
  | { readonly k: "slot"; readonly ty: "val"; readonly e: Expr; readonly index: Expr }
  /** stores into a slot; the value of the expression is the stored value */
  | {
      readonly k: "setslot";
      readonly ty: ValueType;
      readonly obj: Expr;
      readonly index: Expr;
      readonly e: Expr;
    }
  /** a C expression the lowering wrote itself (names it made, constants): printed as is */
  | { readonly k: "raw"; readonly ty: ValueType; readonly text: string; readonly effects: boolean }
  | {
      readonly k: "assign";
      readonly ty: ValueType;
      readonly name: string;
      readonly global: boolean;
      readonly e: Expr;
    }
  /** x++ / x-- / ++x / --x on a double variable or field, or on a loop counter (i64, lower/integers.ts) */
  | {
      readonly k: "update";
      readonly ty: "f64" | "i64";
      readonly name: string;
      readonly global: boolean;
      readonly op: "++" | "--";
      readonly prefix: boolean;
    };

/** One argument of console.log or panic, or one piece of a template literal. */
export type TextPart =
  | { readonly k: "text"; readonly text: string }
  | { readonly k: "value"; readonly e: Expr; readonly inspect: boolean }
  /** console.log with spread arguments: every item of the array e, inspected, separated by spaces */
  | { readonly k: "items"; readonly e: Expr };

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
  | { readonly k: "noreturn"; readonly fn: string; readonly args: readonly Expr[] }
  /** a C local of a runtime type (an iterator): `type name;` */
  | { readonly k: "cdecl"; readonly type: string; readonly name: string }
  /** try (lower/exceptions.ts): pushes rg_try_t `record`, runs body; a throw inside lands in handler */
  | {
      readonly k: "try";
      readonly record: string;
      readonly body: readonly Stmt[];
      readonly handler: readonly Stmt[];
    }
  /** a jump forward to a label in the same C function (exits through a finally block) */
  | { readonly k: "goto"; readonly label: string }
  | { readonly k: "label"; readonly label: string };

export interface Param {
  readonly name: string;
  readonly ty: ValueType;
}

export interface Function {
  readonly name: string;
  /** the uniform function-value convention `rg_val f(rg_ctx_t *cx, rg_val self, uint32_t argc, const
   * rg_val *argv)`; params are then unpacked from argv at entry by the body */
  readonly uniform?: boolean;
  readonly params: readonly Param[];
  readonly returns: ValueType;
  readonly body: readonly Stmt[];
  readonly line: number;
}

/** A heap object layout: a class or an object literal's key list; payload is rg_val slots. */
export interface Shape {
  readonly name: string;
  /** C name of the rg_shape_t */
  readonly cName: string;
  readonly parent: string | undefined;
  /** property ids of the slots, in slot order */
  readonly slotKeys: readonly number[];
  /** property ids and uniform-convention C functions of methods (own and inherited, most derived first) */
  readonly methods: readonly { readonly key: number; readonly fn: string }[];
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
  /** the state type's byte layouts (check/struct-types.ts), each after the ones it contains */
  readonly structs: readonly StructLayout[];
  /** the app's state type, when it calls loadState/saveState */
  readonly state: StateLayout | undefined;
  /** the state type's object shapes (type ids by struct name, property ids by name) */
  readonly stateShapes: StateShapes;
  /** startInfo().stateRefused is used: the start code probes the saved state once */
  readonly probesState: boolean;
  /** which of the generated state functions the app calls */
  readonly stateCalls: { readonly load: boolean; readonly save: boolean };
  /** the module's top-level code */
  readonly main: Function;
  /** string literals used as values, by index (static string objects in flash) */
  readonly strings: readonly string[];
  /** static closures of functions used as values that capture nothing: [C name, code function, arity] */
  readonly staticClosures: readonly {
    readonly name: string;
    readonly code: string;
    readonly arity: number;
  }[];
  /** the app allocates: it gets a heap and a runtime context */
  readonly usesHeap: boolean;
  /** the app uses the runtime context (cx) at all (heap or not) */
  readonly usesContext: boolean;
  /** bytes of the app's heap, when it allocates */
  readonly heapBytes: number;
  /** class and object-literal shapes, by type id - RG_TYPE_FIRST_APP */
  readonly shapes: readonly Shape[];
  /** property names by property id, as indexes into `strings` */
  readonly keyStrings: readonly number[];
  /** the app starts closure timers: it gets a timer dispatcher */
  readonly usesTimerDispatch: boolean;
  /** C helpers the generated file defines for itself (box, closure) */
  readonly helpers: readonly string[];
  /** runtime headers to include (rg_str.h, rg_coll.h, ...) */
  readonly includes: readonly string[];
}
