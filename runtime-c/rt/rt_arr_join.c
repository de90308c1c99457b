/* rt_arr_join.c: Array.prototype.join / toString and ToString of collection values.
 *
 * Items that are nested arrays (joined with ",") or objects (ToString through the strings runtime,
 * which runs a class's own toString) are converted first, once each and in order; then the text is
 * built in two passes over the same values: the first counts the UTF-16 units, the second writes them
 * into a string allocated at exactly that length (no app code runs between the passes, so both see the
 * same values). An array met again inside itself contributes "" as in JavaScript.
 */
#include <stdbool.h>
#include <stdint.h>

#include "rt_coll_internal.h"

bool rg_coll_needs_app_to_string(rg_val v) {
  if (!rg_is_ptr(v)) return false;
  uint32_t type = rg_type_of(v);
  return type >= RG_TYPE_FIRST_APP || (type >= 10u && type <= 13u); /* app objects, Error types */
}

/* Joins self's items into t. strings, when not NULL, holds the text of every item that is an array
 * or an object (converted before the passes), so the two passes only copy. */
static void text_join(rg_coll_text_t *t, rg_val self, const rg_str_t *sep,
                      const rg_val *strings) {
  bool typed = rg_type_of(self) == RG_TYPE_TYPED;
  uint32_t n = typed ? rg_coll_typed(self)->length : rg_coll_arr(self)->length;
  for (uint32_t i = 0; i < n; i++) {
    if (i > 0u) {
      if (sep == (const rg_str_t *)0) {
        rg_coll_text_unit(t, ',');
      } else {
        rg_coll_text_str(t, sep);
      }
    }
    if (typed) {
      rg_coll_text_number(t, rg_coll_typed_load(rg_coll_typed(self), i));
    } else if (strings != (const rg_val *)0 && rg_is_ptr(strings[i])) {
      rg_coll_text_str(t, rg_coll_str(strings[i]));
    } else {
      rg_val item = rg_coll_items(rg_coll_arr(self))[i];
      if (!rg_is_nullish(item)) rg_coll_text_value(t, item);
    }
  }
}

/* The joined text of self as a new string (sep NULL: ","); chain: the arrays being joined around it. */
static rg_val join(rg_ctx_t *cx, rg_val self, const rg_str_t *sep, const rg_coll_chain_t *chain) {
  if (rg_coll_chain_has(chain, self)) return rg_coll_str_ascii(cx, ""); /* an array inside itself */
  rg_coll_chain_t here = {chain, self};
  /* Items that are arrays (joined recursively) or objects (whose ToString may run app code) are
   * converted first, once each, in order, as JavaScript does. */
  rg_val *strings = (rg_val *)0;
  rg_val store = RG_UNDEFINED;
  if (rg_type_of(self) == RG_TYPE_ARRAY) {
    for (uint32_t i = 0; i < rg_coll_arr(self)->length; i++) {
      rg_val item = rg_coll_items(rg_coll_arr(self))[i];
      bool nested = rg_coll_is(item, RG_TYPE_ARRAY) || rg_coll_is(item, RG_TYPE_TYPED);
      if (!nested && !rg_coll_needs_app_to_string(item)) continue;
      if (strings == (rg_val *)0) strings = rg_coll_vals_new(cx, rg_coll_arr(self)->length, &store);
      rg_val s = nested ? join(cx, item, (const rg_str_t *)0, &here) : rg_to_string(cx, item);
      /* The callee may have shrunk the array; the store keeps its own length. */
      if (i < rg_coll_arr(self)->length) strings[i] = s;
    }
  }
  rg_coll_text_t t = {(uint16_t *)0, 0u};
  text_join(&t, self, sep, strings);
  uint16_t *units;
  rg_val out = rg_coll_str_new(cx, t.len, &units);
  t.units = units;
  t.len = 0;
  text_join(&t, self, sep, strings);
  (void)store; /* keeps the converted strings reachable in a local the collector sees */
  return out;
}

static const rg_str_t *separator_of(rg_val separator) {
  return rg_coll_is(separator, RG_TYPE_STRING) ? rg_coll_str(separator) : (const rg_str_t *)0;
}

rg_val rg_arr_join(rg_ctx_t *cx, rg_val self, rg_val separator) {
  return join(cx, self, separator_of(separator), (const rg_coll_chain_t *)0);
}

rg_val rg_arr_to_string(rg_ctx_t *cx, rg_val self) {
  return join(cx, self, (const rg_str_t *)0, (const rg_coll_chain_t *)0);
}

rg_val rg_typed_join(rg_ctx_t *cx, rg_val self, rg_val separator) {
  return join(cx, self, separator_of(separator), (const rg_coll_chain_t *)0);
}

rg_val rg_coll_to_string(rg_ctx_t *cx, rg_val v) {
  if (rg_coll_is(v, RG_TYPE_STRING)) return v;
  if (rg_is_nullish(v)) return rg_coll_str_ascii(cx, v == RG_NULL ? "null" : "undefined");
  if (rg_coll_is(v, RG_TYPE_ARRAY) || rg_coll_is(v, RG_TYPE_TYPED)) {
    return join(cx, v, (const rg_str_t *)0, (const rg_coll_chain_t *)0);
  }
  if (rg_coll_needs_app_to_string(v)) return rg_to_string(cx, v);
  rg_coll_text_t t = {(uint16_t *)0, 0u};
  rg_coll_text_value(&t, v);
  uint16_t *units;
  rg_val out = rg_coll_str_new(cx, t.len, &units);
  t.units = units;
  t.len = 0;
  rg_coll_text_value(&t, v);
  return out;
}
