/* rt_arr_from.c: Array.from and the array iterators keys(), values() and entries().
 *
 * Array.from copies anything the subset can iterate (an array, a typed array, a Map's [key, value]
 * pairs, a Set, a string's code points) or an array-like object ({ length: n } gives n undefined
 * items), then applies the optional map function with (value, index). The iterator methods return
 * array snapshots, the runtime form of every IterableIterator value (rg_coll.h).
 */
#include <stdbool.h>
#include <stdint.h>

#include "rt_coll_internal.h"

/* The number in the `length` slot of an app object, or 0 (an array-like without one is empty). */
static uint32_t object_length(const rg_ctx_t *cx, rg_val v) {
  const rg_shape_t *shape = rg_coll_shape(cx, v);
  if (shape == (const rg_shape_t *)0) return 0u;
  static const char name[] = "length";
  for (uint16_t i = 0; i < shape->slot_count; i++) {
    const rg_str_t *key = rg_coll_key(cx, shape->slot_keys[i]);
    if (key == (const rg_str_t *)0 || key->length != sizeof name - 1u) continue;
    bool same = true;
    for (uint32_t k = 0; k < key->length; k++) {
      same = same && key->units[k] == (uint8_t)name[k];
    }
    if (!same) continue;
    rg_val n = ((const rg_val *)rg_to_ptr(v))[i];
    double d = rg_is_num(n) ? rg_to_f64(n) : 0.0;
    return d >= 1.0 ? (d >= (double)RG_ARR_MAX_LENGTH ? RG_ARR_MAX_LENGTH : (uint32_t)d) : 0u;
  }
  return 0u;
}

/* The code points of a string as one- or two-unit strings. */
static rg_val string_items(rg_ctx_t *cx, rg_val s) {
  rg_val out = rg_arr_new(cx, 0u);
  for (uint32_t i = 0; i < rg_coll_str(s)->length;) {
    const uint16_t *u = rg_coll_str(s)->units;
    uint32_t n = u[i] >= 0xD800u && u[i] <= 0xDBFFu && i + 1u < rg_coll_str(s)->length && u[i + 1u] >= 0xDC00u &&
                         u[i + 1u] <= 0xDFFFu
                     ? 2u
                     : 1u;
    uint16_t *units;
    rg_val piece = rg_coll_str_new(cx, n, &units);
    for (uint32_t k = 0; k < n; k++) {
      units[k] = rg_coll_str(s)->units[i + k];
    }
    rg_arr_push1(cx, out, piece);
    i += n;
  }
  return out;
}

rg_val rg_array_from(rg_ctx_t *cx, rg_val source, rg_val mapfn) {
  rg_val out;
  if (rg_coll_is(source, RG_TYPE_ARRAY)) {
    const rg_array_t *a = rg_coll_arr(source);
    out = rg_coll_arr_copy(cx, a->length > 0u ? rg_coll_items(a) : (const rg_val *)0, a->length);
  } else if (rg_coll_is(source, RG_TYPE_TYPED)) {
    uint32_t n = rg_coll_typed(source)->length;
    out = rg_arr_new(cx, n);
    for (uint32_t i = 0; i < n; i++) {
      rg_coll_items(rg_coll_arr(out))[i] = rg_num_raw(rg_coll_typed_load(rg_coll_typed(source), i));
    }
    rg_coll_arr(out)->length = n;
  } else if (rg_coll_is(source, RG_TYPE_MAP)) {
    out = rg_coll_map(source)->is_set != 0u ? rg_set_values(cx, source) : rg_map_entries(cx, source);
  } else if (rg_coll_is(source, RG_TYPE_STRING)) {
    out = string_items(cx, source);
  } else if (rg_is_ptr(source)) {
    uint32_t n = object_length(cx, source);
    out = rg_arr_new(cx, n);
    for (uint32_t i = 0; i < n; i++) {
      rg_coll_items(rg_coll_arr(out))[i] = RG_UNDEFINED;
    }
    rg_coll_arr(out)->length = n;
  } else if (rg_is_nullish(source)) {
    rg_coll_throw(cx, RG_COLL_TYPE_ERROR,
                  rg_is_null(source) ? "object null is not iterable (cannot read property Symbol(Symbol.iterator))"
                                     : "undefined is not iterable (cannot read property Symbol(Symbol.iterator))");
  } else {
    out = rg_arr_new(cx, 0u); /* numbers and booleans: array-likes of length 0 */
  }
  if (!rg_is_undefined(mapfn)) {
    rg_array_t *o = rg_coll_arr(out);
    for (uint32_t i = 0; i < o->length; i++) {
      rg_val argv[2] = {rg_coll_items(o)[i], rg_num((double)i)};
      rg_val r = rg_call(cx, mapfn, 2u, argv);
      rg_coll_items(o)[i] = r;
    }
  }
  return out;
}

rg_val rg_arr_keys(rg_ctx_t *cx, rg_val self) {
  uint32_t n = rg_coll_arr(self)->length;
  rg_val out = rg_arr_new(cx, n);
  for (uint32_t i = 0; i < n; i++) {
    rg_coll_items(rg_coll_arr(out))[i] = rg_num((double)i);
  }
  rg_coll_arr(out)->length = n;
  return out;
}

rg_val rg_arr_values(rg_ctx_t *cx, rg_val self) {
  const rg_array_t *a = rg_coll_arr(self);
  return rg_coll_arr_copy(cx, a->length > 0u ? rg_coll_items(a) : (const rg_val *)0, a->length);
}

rg_val rg_arr_entries(rg_ctx_t *cx, rg_val self) {
  uint32_t n = rg_coll_arr(self)->length;
  rg_val out = rg_arr_new(cx, n);
  for (uint32_t i = 0; i < n && i < rg_coll_arr(self)->length; i++) {
    rg_val pair[2] = {rg_num((double)i), rg_coll_items(rg_coll_arr(self))[i]};
    rg_arr_push1(cx, out, rg_arr_of(cx, 2u, pair));
  }
  return out;
}
