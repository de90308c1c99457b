/* rt_arr_core.c: T[] storage, index access, length, and the methods that move items around
 * (push/pop/shift/unshift/slice/splice/concat/reverse/fill/at/flat) plus the searches.
 *
 * An array is an rg_array_t whose items live in a separate RG_TYPE_VALS store (rg_val.h). The store
 * grows by 1.5x; slots at and beyond `length` are kept at 0 (the +0 double, never a pointer) so the
 * collector never sees stale references through them. Semantics follow ECMAScript for dense arrays;
 * rg_coll.h lists the few places where a missing argument and an explicit undefined are not told apart.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rt_coll_internal.h"

rg_val *rg_coll_vals_new(rg_ctx_t *cx, uint32_t n, rg_val *out) {
  rg_val *items = (rg_val *)rg_alloc(cx, RG_TYPE_VALS, n * (uint32_t)sizeof(rg_val));
  *out = rg_ptr(items);
  return items;
}

rg_val *rg_coll_arr_reserve(rg_ctx_t *cx, rg_array_t *a, uint32_t need) {
  if (need <= a->capacity) return rg_coll_items(a);
  if (need > RG_ARR_MAX_LENGTH) rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid array length");
  uint32_t cap = a->capacity + a->capacity / 2u;
  if (cap < 4u) cap = 4u;
  if (cap < need) cap = need;
  if (cap > RG_ARR_MAX_LENGTH) cap = RG_ARR_MAX_LENGTH;
  rg_val *old = rg_coll_items(a);
  /* In place when the memory after the store is free (the bump region, or the rest of the free block
   * the store was split from): a push loop then leaves no trail of smaller stores behind as garbage. */
  if (old != (rg_val *)0 && rg_heap_grow(cx->heap, old, cap * (uint32_t)sizeof(rg_val)) != 0) {
    a->capacity = cap;
    return old;
  }
  rg_val store;
  rg_val *items = rg_coll_vals_new(cx, cap, &store);
  if (old != (const rg_val *)0) memcpy(items, old, (size_t)a->length * sizeof(rg_val));
  a->items = store;
  a->capacity = cap;
  return items;
}

rg_val rg_arr_new(rg_ctx_t *cx, uint32_t capacity) {
  rg_array_t *a = (rg_array_t *)rg_alloc(cx, RG_TYPE_ARRAY, (uint32_t)sizeof(rg_array_t));
  a->items = RG_UNDEFINED;
  rg_val self = rg_ptr(a);
  if (capacity > 0u) rg_coll_arr_reserve(cx, a, capacity);
  return self;
}

rg_val rg_coll_arr_copy(rg_ctx_t *cx, const rg_val *items, uint32_t n) {
  rg_val self = rg_arr_new(cx, n);
  rg_array_t *a = rg_coll_arr(self);
  if (n > 0u) memcpy(rg_coll_items(a), items, (size_t)n * sizeof(rg_val));
  a->length = n;
  return self;
}

rg_val rg_arr_of(rg_ctx_t *cx, uint32_t argc, const rg_val *argv) {
  return rg_coll_arr_copy(cx, argv, argc);
}

rg_val rg_array_of(rg_ctx_t *cx, uint32_t argc, const rg_val *argv) {
  return rg_coll_arr_copy(cx, argv, argc);
}

bool rg_array_is_array(rg_ctx_t *cx, rg_val x) {
  (void)cx;
  return rg_coll_is(x, RG_TYPE_ARRAY);
}

/* Index i of a double when it is an integer in [0, 2^32 - 1), else -1 (as a sentinel). */
static int64_t array_index(double index) {
  if (!(index >= 0.0 && index < 4294967295.0)) return -1;
  uint32_t i = (uint32_t)index;
  return (double)i == index ? (int64_t)i : -1;
}

/* Grows or shrinks to n items: new slots read undefined, dropped ones are cleared. */
static void resize(rg_ctx_t *cx, rg_array_t *a, uint32_t n) {
  if (n > a->length) {
    rg_val *items = rg_coll_arr_reserve(cx, a, n);
    for (uint32_t i = a->length; i < n; i++) {
      items[i] = RG_UNDEFINED;
    }
  } else if (n < a->length) {
    memset(rg_coll_items(a) + n, 0, (size_t)(a->length - n) * sizeof(rg_val));
  }
  a->length = n;
}

void rg_arr_set_index_slow(rg_ctx_t *cx, rg_val self, double index, rg_val v) {
  rg_array_t *a = rg_coll_arr(self);
  int64_t i = array_index(index);
  if (i < 0 || i > (int64_t)RG_ARR_MAX_LENGTH - 1) {
    rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid array index");
  }
  if ((uint64_t)i >= a->length) resize(cx, a, (uint32_t)i + 1u);
  rg_coll_items(a)[i] = v;
}

void rg_arr_set_length(rg_ctx_t *cx, rg_val self, double length) {
  int64_t n = array_index(length);
  if (n < 0 || n > (int64_t)RG_ARR_MAX_LENGTH) rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid array length");
  resize(cx, rg_coll_arr(self), (uint32_t)n);
}

double rg_arr_push1_slow(rg_ctx_t *cx, rg_val self, rg_val v) {
  rg_array_t *a = rg_coll_arr(self);
  rg_val *items = rg_coll_arr_reserve(cx, a, a->length + 1u);
  items[a->length++] = v;
  return (double)a->length;
}

double rg_arr_push(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  rg_array_t *a = rg_coll_arr(self);
  if (argc > RG_ARR_MAX_LENGTH - a->length) rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid array length");
  rg_val *items = rg_coll_arr_reserve(cx, a, a->length + argc);
  if (argc > 0u) memcpy(items + a->length, argv, (size_t)argc * sizeof(rg_val));
  a->length += argc;
  return (double)a->length;
}

rg_val rg_arr_pop(rg_ctx_t *cx, rg_val self) {
  (void)cx;
  rg_array_t *a = rg_coll_arr(self);
  if (a->length == 0u) return RG_UNDEFINED;
  rg_val *items = rg_coll_items(a);
  rg_val v = items[--a->length];
  items[a->length] = 0;
  return v;
}

rg_val rg_arr_shift(rg_ctx_t *cx, rg_val self) {
  (void)cx;
  rg_array_t *a = rg_coll_arr(self);
  if (a->length == 0u) return RG_UNDEFINED;
  rg_val *items = rg_coll_items(a);
  rg_val v = items[0];
  memmove(items, items + 1, (size_t)(a->length - 1u) * sizeof(rg_val));
  items[--a->length] = 0;
  return v;
}

double rg_arr_unshift(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  rg_array_t *a = rg_coll_arr(self);
  if (argc == 0u) return (double)a->length;
  if (argc > RG_ARR_MAX_LENGTH - a->length) rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid array length");
  rg_val *items = rg_coll_arr_reserve(cx, a, a->length + argc);
  memmove(items + argc, items, (size_t)a->length * sizeof(rg_val));
  if (argc > 0u) memcpy(items, argv, (size_t)argc * sizeof(rg_val));
  a->length += argc;
  return (double)a->length;
}

/* ToIntegerOrInfinity: NaN is 0, fractions truncate toward zero (doubles beyond 2^53 are integers). */
static double to_integer(double x) {
  if (x != x) return 0.0;
  return x > -9007199254740992.0 && x < 9007199254740992.0 ? (double)(int64_t)x : x;
}

uint32_t rg_coll_position_f64(double x, uint32_t len) {
  x = to_integer(x);
  if (x < 0.0) {
    x += (double)len;
    return x <= 0.0 ? 0u : (uint32_t)x;
  }
  return x >= (double)len ? len : (uint32_t)x;
}

uint32_t rg_coll_position(rg_val arg, uint32_t len, uint32_t dflt) {
  if (rg_is_undefined(arg)) return dflt;
  /* Statically these are numbers; other values convert like JavaScript's ToNumber would for the few
   * cases a typed program can produce (null, booleans). */
  double x = rg_is_num(arg) ? rg_to_f64(arg) : arg == RG_TRUE ? 1.0 : 0.0;
  return rg_coll_position_f64(x, len);
}

rg_val rg_arr_slice(rg_ctx_t *cx, rg_val self, rg_val start, rg_val end) {
  const rg_array_t *a = rg_coll_arr(self);
  uint32_t from = rg_coll_position(start, a->length, 0u);
  uint32_t to = rg_coll_position(end, a->length, a->length);
  if (to < from) to = from;
  return rg_coll_arr_copy(cx, to > from ? rg_coll_items(a) + from : (const rg_val *)0, to - from);
}

rg_val rg_arr_splice(rg_ctx_t *cx, rg_val self, double start, rg_val delete_count, uint32_t argc,
                     const rg_val *argv) {
  rg_array_t *a = rg_coll_arr(self);
  uint32_t from = rg_coll_position_f64(start, a->length);
  uint32_t count = a->length - from;
  if (!rg_is_undefined(delete_count)) {
    double d = rg_is_num(delete_count) ? rg_to_f64(delete_count) : 0.0;
    count = d != d || d <= 0.0 ? 0u : d >= (double)count ? count : (uint32_t)d;
  }
  rg_val removed = rg_coll_arr_copy(cx, count > 0u ? rg_coll_items(a) + from : (const rg_val *)0, count);
  if (argc > count && argc - count > RG_ARR_MAX_LENGTH - a->length) {
    rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid array length");
  }
  uint32_t n = a->length - count + argc;
  rg_val *items = rg_coll_arr_reserve(cx, a, n);
  uint32_t tail = a->length - from - count;
  if (tail > 0u) memmove(items + from + argc, items + from + count, (size_t)tail * sizeof(rg_val));
  if (argc > 0u) memcpy(items + from, argv, (size_t)argc * sizeof(rg_val));
  if (n < a->length) memset(items + n, 0, (size_t)(a->length - n) * sizeof(rg_val));
  a->length = n;
  return removed;
}

rg_val rg_arr_concat(rg_ctx_t *cx, rg_val self, uint32_t argc, const rg_val *argv) {
  uint64_t total = rg_coll_arr(self)->length;
  for (uint32_t i = 0; i < argc; i++) {
    total += rg_coll_is(argv[i], RG_TYPE_ARRAY) ? rg_coll_arr(argv[i])->length : 1u;
  }
  if (total > RG_ARR_MAX_LENGTH) rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid array length");
  rg_val out = rg_arr_new(cx, (uint32_t)total);
  rg_array_t *o = rg_coll_arr(out);
  rg_val *items = rg_coll_items(o);
  for (uint32_t i = 0; i <= argc; i++) {
    rg_val part = i == 0u ? self : argv[i - 1u];
    if (rg_coll_is(part, RG_TYPE_ARRAY)) {
      const rg_array_t *p = rg_coll_arr(part);
      if (p->length > 0u) memcpy(items + o->length, rg_coll_items(p), (size_t)p->length * sizeof(rg_val));
      o->length += p->length;
    } else {
      items[o->length++] = part;
    }
  }
  return out;
}

double rg_arr_index_of(rg_ctx_t *cx, rg_val self, rg_val x, rg_val from) {
  (void)cx;
  const rg_array_t *a = rg_coll_arr(self);
  const rg_val *items = rg_coll_items(a);
  for (uint32_t i = rg_coll_position(from, a->length, 0u); i < a->length; i++) {
    if (rg_strict_equals(items[i], x)) return (double)i;
  }
  return -1.0;
}

double rg_arr_last_index_of(rg_ctx_t *cx, rg_val self, rg_val x, rg_val from) {
  (void)cx;
  const rg_array_t *a = rg_coll_arr(self);
  if (a->length == 0u) return -1.0;
  int64_t i = (int64_t)a->length - 1;
  if (!rg_is_undefined(from)) {
    double d = to_integer(rg_is_num(from) ? rg_to_f64(from) : 0.0);
    if (d < 0.0) d += (double)a->length;
    if (d < 0.0) return -1.0;
    if (d < (double)i) i = (int64_t)d;
  }
  const rg_val *items = rg_coll_items(a);
  for (; i >= 0; i--) {
    if (rg_strict_equals(items[i], x)) return (double)i;
  }
  return -1.0;
}

bool rg_arr_includes(rg_ctx_t *cx, rg_val self, rg_val x, rg_val from) {
  (void)cx;
  const rg_array_t *a = rg_coll_arr(self);
  const rg_val *items = rg_coll_items(a);
  for (uint32_t i = rg_coll_position(from, a->length, 0u); i < a->length; i++) {
    if (rg_same_value_zero(items[i], x)) return true;
  }
  return false;
}

rg_val rg_arr_reverse(rg_ctx_t *cx, rg_val self) {
  (void)cx;
  rg_array_t *a = rg_coll_arr(self);
  rg_val *items = rg_coll_items(a);
  for (uint32_t i = 0, j = a->length; i + 1u < j; i++, j--) {
    rg_val t = items[i];
    items[i] = items[j - 1u];
    items[j - 1u] = t;
  }
  return self;
}

rg_val rg_arr_fill(rg_ctx_t *cx, rg_val self, rg_val v, rg_val start, rg_val end) {
  (void)cx;
  rg_array_t *a = rg_coll_arr(self);
  uint32_t from = rg_coll_position(start, a->length, 0u);
  uint32_t to = rg_coll_position(end, a->length, a->length);
  rg_val *items = rg_coll_items(a);
  for (uint32_t i = from; i < to; i++) {
    items[i] = v;
  }
  return self;
}

rg_val rg_arr_at(rg_ctx_t *cx, rg_val self, double index) {
  (void)cx;
  const rg_array_t *a = rg_coll_arr(self);
  /* ToIntegerOrInfinity: truncate toward zero (far-out values stay out of range either way). */
  double d = index != index ? 0.0 : index > -4294967296.0 && index < 4294967296.0 ? (double)(int64_t)index : index;
  if (d < 0.0) d += (double)a->length;
  if (!(d >= 0.0 && d < (double)a->length)) return RG_UNDEFINED;
  return rg_coll_items(a)[(uint32_t)d];
}

rg_val rg_arr_flat(rg_ctx_t *cx, rg_val self) {
  const rg_array_t *a = rg_coll_arr(self);
  uint64_t total = 0;
  for (uint32_t i = 0; i < a->length; i++) {
    rg_val v = rg_coll_items(a)[i];
    total += rg_coll_is(v, RG_TYPE_ARRAY) ? rg_coll_arr(v)->length : 1u;
  }
  if (total > RG_ARR_MAX_LENGTH) rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid array length");
  rg_val out = rg_arr_new(cx, (uint32_t)total);
  rg_array_t *o = rg_coll_arr(out);
  rg_val *dst = rg_coll_items(o);
  for (uint32_t i = 0; i < a->length; i++) {
    rg_val v = rg_coll_items(a)[i];
    if (rg_coll_is(v, RG_TYPE_ARRAY)) {
      const rg_array_t *p = rg_coll_arr(v);
      if (p->length > 0u) memcpy(dst + o->length, rg_coll_items(p), (size_t)p->length * sizeof(rg_val));
      o->length += p->length;
    } else {
      dst[o->length++] = v;
    }
  }
  return out;
}
