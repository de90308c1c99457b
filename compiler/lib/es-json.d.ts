// es-json.d.ts: JSON.stringify for plain data, as a regen app sees it.
//
// Compiles to rg_json_stringify(cx, value, replacer, space) (runtime-c/include/rg_coll.h) and gives
// Node's text byte for byte: objects list their properties in declaration order (undefined and function
// values skipped), numbers that are not finite become null, strings are escaped as V8 does, Map and Set
// give {}. There is no replacer (only null or undefined may be passed), no toJSON, and no JSON.parse.

interface JSON {
  /** The JSON text of value, indented by `space` (a number of spaces up to 10, or a string's first 10
   * characters) when given. Undefined and functions at the top give undefined; cycles throw TypeError. */
  stringify(value: unknown, replacer?: null, space?: string | number): string;
}
declare const JSON: JSON;
