// emit-state.ts: C for the app's object types and its state: struct typedefs, zero values, the serializer.
//
// Every struct becomes `typedef struct { … } s_<Name>;` plus `o_<Name>` (a presence flag and the value)
// for `T | undefined`. For the state type it writes straight-line little-endian encode/decode functions
// over the flattened fields (offsets from compile time, see state/schema.ts) and the two functions the
// app's loadState/saveState calls lower to, which hand the blob and the schema hash to the runtime.
import type { StructLayout } from "../check/struct-types.ts";
import { isStruct, structName, type ValueType } from "../check/value-types.ts";
import { fieldName } from "../lower/names.ts";
import type { StateLayout } from "../state/schema.ts";
import { cDouble, cType } from "./c-values.ts";

/** typedefs for every struct (contained structs first, as `structs` is ordered) and its optional form. */
export function structTypedefs(structs: readonly StructLayout[]): string[] {
  const lines: string[] = [];
  for (const s of structs) {
    const ty = cType(`struct:${s.name}`);
    lines.push("typedef struct {");
    for (const f of s.fields) lines.push(`  ${cType(f.ty)} ${fieldName(f.name)};`);
    lines.push(`} ${ty};`);
    lines.push(`typedef struct {`, "  bool present;", `  ${ty} value;`, `} ${cType(`opt:${s.name}`)};`, "");
  }
  return lines;
}

/** A C expression for the zero value of a type (every field spelled out, so no initializer warning). */
export function zeroValue(t: ValueType, structs: ReadonlyMap<string, StructLayout>): string {
  if (isStruct(t)) {
    const layout = structs.get(structName(t));
    const fields = (layout?.fields ?? []).map((f) => `.${fieldName(f.name)} = ${zeroValue(f.ty, structs)}`);
    return `((${cType(t)}){${fields.join(", ")}})`;
  }
  if (t.startsWith("opt:")) {
    const inner = zeroValue(`struct:${t.slice(4)}`, structs);
    return `((${cType(t)}){.present = false, .value = ${inner}})`;
  }
  if (t === "f64") return cDouble(0);
  if (t === "bool") return "false";
  return `(${cType(t)})0`;
}

/** C member path of a state field: `pos.x` → `m_pos.m_x`. */
function memberPath(path: string): string {
  return path
    .split(".")
    .map((p) => fieldName(p))
    .join(".");
}

/** The serializer and the load/save functions for the state type (only those the app calls). */
export function stateFunctions(
  state: StateLayout,
  calls: { readonly load: boolean; readonly save: boolean },
  structs: ReadonlyMap<string, StructLayout>,
): string[] {
  const ty = cType(`struct:${state.typeName}`);
  const opt = cType(`opt:${state.typeName}`);
  const n = `${state.bytes}u`;
  const hash = `0x${state.schemaHash.toString(16).padStart(8, "0")}u`;
  const lines = [`/* State ${state.typeName}: ${state.bytes} bytes, schema ${state.canonical} */`];
  if (calls.save) {
    lines.push(`static void rg_state_encode(const ${ty} *v, uint8_t *out) {`);
    for (const f of state.fields) {
      const v = `v->${memberPath(f.path)}`;
      const at = `out + ${f.offset}`;
      switch (f.kind) {
        case "f64":
          lines.push(`  rg_rt_put_f64(${at}, ${v});`);
          break;
        case "i32":
          lines.push(`  rg_rt_put_u32(${at}, (uint32_t)${v});`);
          break;
        case "u32":
          lines.push(`  rg_rt_put_u32(${at}, ${v});`);
          break;
        case "u8":
          lines.push(`  out[${f.offset}] = ${v};`);
          break;
        case "bool":
          lines.push(`  out[${f.offset}] = ${v} ? 1u : 0u;`);
          break;
      }
    }
    lines.push("}", "");
    lines.push(`static uint8_t rg_state_save(const ${ty} *v) {`);
    lines.push(`  uint8_t blob[${n}];`, "  rg_state_encode(v, blob);");
    lines.push(`  return rg_rt_state_save(blob, ${n}, ${hash});`, "}", "");
  }
  if (calls.load) {
    lines.push(`static void rg_state_decode(${ty} *v, const uint8_t *in) {`);
    for (const f of state.fields) {
      const v = `v->${memberPath(f.path)}`;
      const at = `in + ${f.offset}`;
      switch (f.kind) {
        case "f64":
          lines.push(`  ${v} = rg_rt_get_f64(${at});`);
          break;
        case "i32":
          lines.push(`  ${v} = rg_rt_i32_of_u32(rg_rt_get_u32(${at}));`);
          break;
        case "u32":
          lines.push(`  ${v} = rg_rt_get_u32(${at});`);
          break;
        case "u8":
          lines.push(`  ${v} = in[${f.offset}];`);
          break;
        case "bool":
          lines.push(`  ${v} = in[${f.offset}] != 0u;`);
          break;
      }
    }
    lines.push("}", "");
    lines.push(`static ${opt} rg_state_load(void) {`);
    lines.push(`  ${opt} r = ${zeroValue(`opt:${state.typeName}`, structs)};`);
    lines.push(`  uint8_t blob[${n}];`);
    lines.push(`  if (rg_rt_state_load(blob, ${n}, ${hash})) {`);
    lines.push(
      "    r.present = true;",
      "    rg_state_decode(&r.value, blob);",
      "  }",
      "  return r;",
      "}",
      "",
    );
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
