// emit-enum-names.ts: C helpers that turn startInfo().reason / .fault and saveState() results into strings and back.
//
// Those values are small C enums while their static type says so (value-types.ts: "reason", "fault",
// "save"), but JavaScript sees strings: once one is stored where any value may go (an object field, an
// array, a union, a template literal) it must be the string, and reading it back from there gives the
// enum again. Each kind gets a table of static string objects (flash, like string literals) and two
// inline helpers, emitted only for the kinds the app converts.
import { enumLiterals } from "../check/value-types.ts";
import { cUnits } from "./c-values.ts";

export type EnumKind = "reason" | "fault" | "save";

export function isEnumKind(t: string): t is EnumKind {
  return t === "reason" || t === "fault" || t === "save";
}

/** `rgc_<kind>_name(v)`: the string of enum value `v`. */
export function enumToString(kind: EnumKind, v: string): string {
  return `rgc_${kind}_name(${v})`;
}

/** `rgc_<kind>_of(s)`: the enum value of string `s` (a string the static type says is one of the kind's). */
export function enumFromString(kind: EnumKind, v: string): string {
  return `rgc_${kind}_of(${v})`;
}

/** The tables and helpers for `kinds` (empty when none is used). */
export function enumNameHelpers(kinds: ReadonlySet<EnumKind>): string[] {
  if (kinds.size === 0) return [];
  const all = [...kinds].sort();
  const longest = Math.max(...all.flatMap((k) => (enumLiterals(k) ?? []).map((s) => s.length)));
  const lines = [
    "/* Enum-like regen values as the strings JavaScript sees: static string objects (header, then payload). */",
    `typedef struct { uint32_t hdr; uint32_t length; uint16_t units[${longest}]; } rgc_name_t;`,
  ];
  for (const kind of all) {
    const names = enumLiterals(kind) ?? [];
    const n = `${names.length}u`;
    lines.push(
      `static const rgc_name_t rgc_${kind}_names[${names.length}] = {`,
      ...names.map((s) => `  {RG_HEADER(RG_TYPE_STRING), ${s.length}u, {${cUnits(s)}}},`),
      "};",
      `static inline rg_val rgc_${kind}_name(uint8_t v) {`,
      `  return rg_ptr(&rgc_${kind}_names[v < ${n} ? v : 0u].length);`,
      "}",
      `static inline uint8_t rgc_${kind}_of(rg_val s) {`,
      "  const rg_str_t *p = (const rg_str_t *)rg_to_ptr(s);",
      `  for (uint8_t i = 0; i < ${n}; i++) {`,
      `    const rgc_name_t *name = &rgc_${kind}_names[i];`,
      "    uint32_t k = 0;",
      "    if (name->length != p->length) continue;",
      "    while (k < name->length && name->units[k] == p->units[k]) k++;",
      "    if (k == name->length) return i;",
      "  }",
      "  return 0u;",
      "}",
    );
  }
  lines.push("");
  return lines;
}
