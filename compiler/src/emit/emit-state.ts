// emit-state.ts: C for the app's state: zero values and the serializer.
//
// The state is a heap object of a declared plain-data type. For it this file writes straight-line
// little-endian encode/decode functions over the flattened fields (offsets from compile time, see
// state/schema.ts) and the two functions the app's loadState/saveState calls lower to, which hand the
// blob and the schema hash to the runtime.
import type { StructLayout } from "../check/struct-types.ts";
import type { ValueType } from "../check/value-types.ts";
import type { StateLayout } from "../state/schema.ts";
import { cDouble, cType } from "./c-values.ts";

/** A C expression for the zero value of a type: objects and other rg_vals start undefined. */
export function zeroValue(t: ValueType): string {
  if (t === "f64") return cDouble(0);
  if (t === "str" || t === "val") return "RG_UNDEFINED";
  if (t === "bool") return "false";
  return `(${cType(t)})0`;
}

/** How the state's objects are laid out: the shape type of each struct and the property id of each field. */
export interface StateShapes {
  /** struct name → shape type id (the canonical shape: fields in declaration order) */
  readonly types: Readonly<Record<string, number>>;
  /** property name → property id */
  readonly keys: Readonly<Record<string, number>>;
}

const CX = "&rg_globals.cx";

/** The serializer and the load/save functions for the state type (only those the app calls). The state
 * is a heap object (nested objects for nested types); encoding reads its slots, decoding builds new
 * objects of the canonical shapes. */
export function stateFunctions(
  state: StateLayout,
  calls: { readonly load: boolean; readonly save: boolean },
  structs: ReadonlyMap<string, StructLayout>,
  shapes: StateShapes,
): string[] {
  const n = `${state.bytes}u`;
  const hash = `0x${state.schemaHash.toString(16).padStart(8, "0")}u`;
  const lines = [`/* State ${state.typeName}: ${state.bytes} bytes, schema ${state.canonical} */`];
  const typeOf = (name: string): number => {
    const t = shapes.types[name];
    if (t === undefined) throw new Error(`no shape for state type ${name}`);
    return t;
  };
  // The struct each dotted path prefix names, from the root.
  const structAt = (path: string[]): StructLayout => {
    let layout = structs.get(state.typeName);
    for (const part of path) {
      const f = layout?.fields.find((x) => x.name === part);
      layout = f?.kind === "struct" ? structs.get(f.struct) : undefined;
    }
    if (layout === undefined) throw new Error(`no struct at ${path.join(".")}`);
    return layout;
  };
  const read = (path: string[]): string => {
    let v = "v";
    path.forEach((part, i) => {
      const owner = structAt(path.slice(0, i));
      const slot = owner.fields.findIndex((f) => f.name === part);
      v = `rgc_get(${CX}, ${v}, ${typeOf(owner.name)}u, ${slot}u, ${shapes.keys[part] ?? 0}u)`;
    });
    return v;
  };
  if (calls.save) {
    lines.push(`static void rg_state_encode(rg_val v, uint8_t *out) {`);
    for (const f of state.fields) {
      const v = read(f.path.split("."));
      const at = `out + ${f.offset}`;
      switch (f.kind) {
        case "f64":
          lines.push(`  rg_rt_put_f64(${at}, rg_to_f64(${v}));`);
          break;
        case "i32":
          lines.push(`  rg_rt_put_u32(${at}, (uint32_t)rg_rt_to_int32(rg_to_f64(${v})));`);
          break;
        case "u32":
          lines.push(`  rg_rt_put_u32(${at}, rg_rt_to_uint32(rg_to_f64(${v})));`);
          break;
        case "u8":
          lines.push(`  out[${f.offset}] = (uint8_t)(rg_rt_to_uint32(rg_to_f64(${v})) & 255u);`);
          break;
        case "bool":
          lines.push(`  out[${f.offset}] = rg_to_bool(${v}) ? 1u : 0u;`);
          break;
      }
    }
    lines.push("}", "");
    lines.push(`static uint8_t rg_state_save(rg_val v) {`);
    lines.push(`  uint8_t blob[${n}];`, "  rg_state_encode(v, blob);");
    lines.push(`  return rg_rt_state_save(blob, ${n}, ${hash});`, "}", "");
  }
  if (calls.load) {
    lines.push(`static rg_val rg_state_decode(const uint8_t *in) {`);
    // One object per struct level, built before the fields that hold it are set; each lives in a local
    // (the stack scan keeps it) while the next is allocated.
    let objects = 0;
    const build = (layout: StructLayout, prefix: string): string => {
      const o = `o${objects++}`;
      lines.push(`  rg_val ${o} = rg_alloc_slots(${CX}, ${typeOf(layout.name)}u, ${layout.fields.length}u);`);
      layout.fields.forEach((f, slot) => {
        const path = `${prefix}${f.name}`;
        let value: string;
        if (f.kind === "struct") {
          const inner = structs.get(f.struct);
          if (inner === undefined) throw new Error(`unknown struct ${f.struct}`);
          value = build(inner, `${path}.`);
        } else {
          const field = state.fields.find((x) => x.path === path);
          if (field === undefined) throw new Error(`no state field ${path}`);
          const at = `in + ${field.offset}`;
          switch (field.kind) {
            case "f64":
              value = `rg_num_raw(rg_rt_get_f64(${at}))`;
              break;
            case "i32":
              value = `rg_num((double)rg_rt_i32_of_u32(rg_rt_get_u32(${at})))`;
              break;
            case "u32":
              value = `rg_num((double)rg_rt_get_u32(${at}))`;
              break;
            case "u8":
              value = `rg_num((double)in[${field.offset}])`;
              break;
            case "bool":
              value = `rg_bool(in[${field.offset}] != 0u)`;
              break;
          }
        }
        lines.push(`  ((rg_val *)rg_to_ptr(${o}))[${slot}] = ${value};`);
      });
      return o;
    };
    const root = structs.get(state.typeName);
    if (root === undefined) throw new Error(`unknown state type ${state.typeName}`);
    const o = build(root, "");
    lines.push(`  return ${o};`, "}", "");
    lines.push(`static rg_val rg_state_load(void) {`);
    lines.push(`  uint8_t blob[${n}];`);
    lines.push(`  if (!rg_rt_state_load(blob, ${n}, ${hash})) return RG_UNDEFINED;`);
    lines.push("  return rg_state_decode(blob);", "}", "");
  }
  return lines;
}

/** The start-up probe behind startInfo().stateRefused. */
export function stateProbe(state: StateLayout): string[] {
  const hash = `0x${state.schemaHash.toString(16).padStart(8, "0")}u`;
  return [
    "{",
    `  uint8_t scratch[${state.bytes}u];`,
    `  rg_globals.state_refused = rg_rt_state_refused(scratch, ${state.bytes}u, ${hash});`,
    "}",
  ];
}
