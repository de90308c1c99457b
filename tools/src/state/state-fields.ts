// A saved state record's bytes as the app's fields, using the layout the compiler reports for its state type.
//
// The encoding (compiler/src/state/schema.ts) is every scalar field in declaration order, nested objects inline,
// little-endian and unpadded: number as IEEE 754 binary64, i32/u32 in 4 bytes, u8 and boolean in 1. This file
// only reads it back; whether a record may be read with a layout at all (same schema hash, same size) is
// decided here too, so the dump never shows fields decoded with the wrong version's layout.
import type { StateLayout, StateScalar } from "../../../compiler/src/index.ts";

/** One field of a decoded record. */
export interface DecodedField {
  /** Dotted path from the state root, e.g. `pos.x`. */
  readonly path: string;
  readonly kind: StateScalar;
  /** Byte offset in the record's data. */
  readonly offset: number;
  readonly value: number | boolean;
}

/** Whether a record can be decoded with `layout`, and its fields when it can. */
export type FieldDecoding =
  | { readonly status: "decoded"; readonly fields: readonly DecodedField[] }
  /** The record's schema hash is not the layout's: another version of the state type saved it. */
  | { readonly status: "incompatible" }
  /** Same schema hash but another length: the bytes cannot be this layout's. */
  | { readonly status: "size-mismatch" };

/** Decodes `data`, saved with `schemaHash`, as `layout`'s fields. */
export function decodeFields(data: Uint8Array, schemaHash: number, layout: StateLayout): FieldDecoding {
  if (schemaHash >>> 0 !== layout.schemaHash >>> 0) return { status: "incompatible" };
  if (data.length !== layout.bytes) return { status: "size-mismatch" };
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const fields = layout.fields.map((field) => ({
    path: field.path,
    kind: field.kind,
    offset: field.offset,
    value: readScalar(view, field.offset, field.kind),
  }));
  return { status: "decoded", fields };
}

function readScalar(view: DataView, offset: number, kind: StateScalar): number | boolean {
  switch (kind) {
    case "f64":
      return view.getFloat64(offset, true);
    case "i32":
      return view.getInt32(offset, true);
    case "u32":
      return view.getUint32(offset, true);
    case "u8":
      return view.getUint8(offset);
    case "bool":
      // The runtime writes 0 or 1; any other byte still reads as true, as C would.
      return view.getUint8(offset) !== 0;
  }
}

/** A field's value as text: numbers as JavaScript prints them, so 0.1 stays 0.1 and NaN stays NaN. */
export function fieldText(field: DecodedField): string {
  return String(field.value);
}

/** A field's value for JSON: NaN and the infinities, which JSON cannot carry, as their names. */
export function fieldJson(field: DecodedField): number | boolean | string {
  return typeof field.value === "number" && !Number.isFinite(field.value) ? String(field.value) : field.value;
}
