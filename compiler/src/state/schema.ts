// schema.ts: an app's state type as bytes: field offsets, the encoded size and the schema hash.
//
// The encoding is the struct's fields in declaration order, nested structs inline, each scalar little-endian
// and unpadded: number 8 bytes (IEEE 754 binary64), i32/u32 4, u8 and boolean 1. Its size is known exactly
// at compile time. The schema hash is FNV-1a (32 bit) over a canonical description of the type — field
// names, kinds and order, not type names — so renaming an interface keeps saved state, while adding,
// removing, reordering, renaming or retyping a field makes the kernel refuse the old blob.
import type { StructTable } from "../check/struct-types.ts";

export type StateScalar = "f64" | "i32" | "u32" | "u8" | "bool";

export interface StateField {
  /** dotted path from the state root, e.g. `pos.x` */
  readonly path: string;
  readonly kind: StateScalar;
  /** byte offset in the encoded blob */
  readonly offset: number;
  readonly size: number;
}

export interface StateLayout {
  /** the TypeScript name of the state type */
  readonly typeName: string;
  /** FNV-1a 32 of `canonical`, as passed to state_save/state_load */
  readonly schemaHash: number;
  /** encoded size in bytes (the most the app ever saves) */
  readonly bytes: number;
  /** the canonical description the hash is taken over */
  readonly canonical: string;
  readonly fields: readonly StateField[];
}

const scalarSizes: Readonly<Record<StateScalar, number>> = { f64: 8, i32: 4, u32: 4, u8: 1, bool: 1 };

/** Bumped if the encoding itself ever changes, so every old blob is refused. */
const encodingVersion = "regen-state-1";

export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function stateLayout(typeName: string, structs: StructTable): StateLayout {
  const fields: StateField[] = [];
  let offset = 0;
  const describe = (name: string, prefix: string): string => {
    const layout = structs.layout(name);
    if (layout === undefined) throw new Error(`unknown struct ${name}`);
    const parts = layout.fields.map((f) => {
      const path = `${prefix}${f.name}`;
      if (f.kind === "struct") return `${f.name}:${describe(f.struct, `${path}.`)}`;
      const size = scalarSizes[f.kind];
      fields.push({ path, kind: f.kind, offset, size });
      offset += size;
      return `${f.name}:${f.kind}`;
    });
    return `{${parts.join(",")}}`;
  };
  const canonical = `${encodingVersion}:${describe(typeName, "")}`;
  return { typeName, schemaHash: fnv1a32(canonical), bytes: offset, canonical, fields };
}
