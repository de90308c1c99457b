// struct-types.ts: the app's state type as plain data: the object types loadState/saveState may encode.
//
// Every object type is a heap object at run time (check/value-types.ts); only the saved state needs more:
// a fixed byte layout. A state struct is a top-level `interface` or `type X = { ... }` (or an object type
// literal nested in one of their fields) whose fields are all numbers, integer types, booleans or such
// structs: no methods, optional fields, index signatures, generics, `extends` or cycles. Each gets one
// name (`Game`, or `Game_pos` for a literal nested in field `pos`); state/schema.ts lays it out and
// emit/emit-state.ts writes the code that encodes a heap object of the type into the blob and decodes the
// blob into new heap objects. Struct identity is the TypeScript type's identity. One table per type
// checker is shared by the state check and the lowering.
import { ts } from "ts-morph";

import type { StateScalar } from "../state/schema.ts";
import { valueTypeOf } from "./value-types.ts";

/** A field of a state struct: a scalar with a fixed encoding, or a nested struct encoded inline. */
export type StructField =
  | { readonly name: string; readonly kind: StateScalar }
  | { readonly name: string; readonly kind: "struct"; readonly struct: string };

export interface StructLayout {
  readonly name: string;
  readonly fields: readonly StructField[];
  /** the interface, alias or type literal that declares it (for diagnostics and ordering) */
  readonly decl: ts.Node;
}

/** Something that keeps a declared type from being a state struct; the state check reports it. */
export interface StructProblem {
  readonly node: ts.Node;
  readonly message: string;
}

interface Entry {
  readonly name: string | undefined;
  readonly fields: readonly StructField[];
  readonly problems: readonly StructProblem[];
}

const tables = new WeakMap<ts.TypeChecker, StructTable>();

/** The struct table of the program `checker` belongs to. */
export function structTable(checker: ts.TypeChecker): StructTable {
  let table = tables.get(checker);
  if (table === undefined) {
    table = new StructTable(checker);
    tables.set(checker, table);
  }
  return table;
}

/** The declaration-derived name of an object type's declaring node, or undefined when it has none. */
function declaredName(node: ts.Node): string | undefined {
  if (ts.isInterfaceDeclaration(node)) return ts.isSourceFile(node.parent) ? node.name.text : undefined;
  if (!ts.isTypeLiteralNode(node)) return undefined;
  const parent = node.parent;
  if (ts.isTypeAliasDeclaration(parent)) return ts.isSourceFile(parent.parent) ? parent.name.text : undefined;
  if (ts.isPropertySignature(parent) && ts.isIdentifier(parent.name)) {
    const outer = declaredName(parent.parent);
    return outer === undefined ? undefined : `${outer}_${parent.name.text}`;
  }
  return undefined;
}

function isScalar(t: string | undefined): t is StateScalar {
  return t === "f64" || t === "i32" || t === "u32" || t === "u8" || t === "bool";
}

export class StructTable {
  private readonly entries = new Map<ts.Type, Entry>();
  private readonly layouts = new Map<string, StructLayout>();
  private readonly pending = new Set<ts.Type>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /** The declaring node of an object type that is declared in the app, if any. */
  declarationOf(type: ts.Type): ts.Node | undefined {
    const symbol = type.getSymbol();
    const decl = symbol?.declarations?.[0];
    if (decl === undefined || decl.getSourceFile().fileName.startsWith("/regen-lib/")) return undefined;
    return decl;
  }

  /** The struct name of `type`, or undefined when it is not a valid struct. */
  nameOf(type: ts.Type): string | undefined {
    return this.entry(type).name;
  }

  /** Why `type` (declared in the app) cannot be the state type; empty when it can. */
  problemsOf(type: ts.Type): readonly StructProblem[] {
    return this.entry(type).problems;
  }

  layout(name: string): StructLayout | undefined {
    return this.layouts.get(name);
  }

  /** Every struct met so far, each after the structs its fields contain, in declaration order otherwise. */
  all(): StructLayout[] {
    const sorted = [...this.layouts.values()].sort((a, b) => a.decl.pos - b.decl.pos);
    const out: StructLayout[] = [];
    const done = new Set<string>();
    const visit = (s: StructLayout): void => {
      if (done.has(s.name)) return;
      done.add(s.name);
      for (const f of s.fields) {
        const inner = f.kind === "struct" ? this.layouts.get(f.struct) : undefined;
        if (inner !== undefined) visit(inner);
      }
      out.push(s);
    };
    sorted.forEach(visit);
    return out;
  }

  private entry(type: ts.Type): Entry {
    const known = this.entries.get(type);
    if (known !== undefined) return known;
    const decl = this.declarationOf(type);
    if (decl === undefined) return { name: undefined, fields: [], problems: [] };
    if (this.pending.has(type)) {
      const problems = [{ node: decl, message: "a type may not contain itself" }];
      return { name: undefined, fields: [], problems };
    }
    this.pending.add(type);
    const entry = this.build(type, decl);
    this.pending.delete(type);
    this.entries.set(type, entry);
    if (entry.name !== undefined)
      this.layouts.set(entry.name, { name: entry.name, fields: entry.fields, decl });
    return entry;
  }

  /** How a field of this type is encoded, or undefined when it cannot be. */
  private fieldOf(name: string, type: ts.Type): StructField | undefined {
    const kind = valueTypeOf(type, this.checker);
    if (isScalar(kind)) return { name, kind };
    if ((type.flags & ts.TypeFlags.Object) === 0 || type.getCallSignatures().length > 0) return undefined;
    const inner = this.entry(type).name;
    return inner === undefined ? undefined : { name, kind: "struct", struct: inner };
  }

  private build(type: ts.Type, decl: ts.Node): Entry {
    const problems: StructProblem[] = [];
    const fields: StructField[] = [];
    const name = declaredName(decl);
    if (name === undefined) {
      problems.push({
        node: decl,
        message: "state types must be interfaces or `type X = { … }` aliases declared at module level",
      });
      return { name: undefined, fields, problems };
    }
    if (ts.isInterfaceDeclaration(decl)) {
      if (decl.typeParameters !== undefined)
        problems.push({ node: decl.name, message: "generic types are not supported" });
      if (decl.heritageClauses !== undefined) {
        problems.push({
          node: decl.heritageClauses[0] ?? decl,
          message: "`extends` is not supported; list every field",
        });
      }
    } else if (ts.isTypeAliasDeclaration(decl.parent) && decl.parent.typeParameters !== undefined) {
      problems.push({ node: decl.parent.name, message: "generic types are not supported" });
    }
    const members = ts.isInterfaceDeclaration(decl) || ts.isTypeLiteralNode(decl) ? decl.members : [];
    for (const m of members) {
      if (!ts.isPropertySignature(m) || !ts.isIdentifier(m.name)) {
        problems.push({ node: m, message: "only fields (`name: type`) are supported in object types" });
        continue;
      }
      if (m.questionToken !== undefined) {
        problems.push({
          node: m,
          message: `optional field \`${m.name.text}\` is not supported; give it a value`,
        });
        continue;
      }
      const fieldType = this.checker.getTypeAtLocation(m);
      const field = this.fieldOf(m.name.text, fieldType);
      // A nested object type that cannot be encoded says why (its own first problem).
      const inner = fieldType.flags & ts.TypeFlags.Object ? this.entry(fieldType).problems[0] : undefined;
      if (field === undefined && inner !== undefined) {
        problems.push({ node: m.type ?? m, message: `in field \`${m.name.text}\`, ${inner.message}` });
      } else if (field === undefined) {
        const shown = this.checker.typeToString(fieldType);
        problems.push({
          node: m.type ?? m,
          message: `field \`${m.name.text}\` has type \`${shown}\`; state fields may be number, i32, u32, u8, boolean or an object type with such fields`,
        });
      } else {
        fields.push(field);
      }
    }
    if (members.length === 0)
      problems.push({ node: decl, message: "an object type needs at least one field" });
    for (const [other, layout] of this.layouts) {
      if (other === name && layout.decl !== decl)
        problems.push({ node: decl, message: `two object types are named ${name}` });
    }
    return problems.length === 0 ? { name, fields, problems } : { name: undefined, fields: [], problems };
  }
}
