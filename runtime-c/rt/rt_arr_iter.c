/* rt_arr_iter.c: the array methods that call back into the app: map, flatMap, filter, forEach, find*,
 * some, every, reduce and reduceRight.
 *
 * Callbacks are closures called with JavaScript's arguments (item, index, array). The callback may
 * change the array: as in ECMAScript the loop bound is the length when the method started, and an index
 * that is no longer inside the array is skipped (the array has no holes, so "not present" means past
 * the current end).
 */
#include <stdbool.h>
#include <stdint.h>

#include "rt_coll_internal.h"

static rg_val call3(rg_ctx_t *cx, rg_val fn, rg_val item, uint32_t i, rg_val self) {
  rg_val argv[3] = {item, rg_num((double)i), self};
  return rg_call(cx, fn, 3u, argv);
}

/* Item i if it is still inside the array. */
static bool present(rg_val self, uint32_t i, rg_val *item) {
  const rg_array_t *a = rg_coll_arr(self);
  if (i >= a->length) return false;
  *item = rg_coll_items(a)[i];
  return true;
}

rg_val rg_arr_map(rg_ctx_t *cx, rg_val self, rg_val fn) {
  uint32_t n = rg_coll_arr(self)->length;
  rg_val out = rg_arr_new(cx, n);
  rg_array_t *o = rg_coll_arr(out);
  /* Slots the callback never fills (items removed meanwhile) read undefined. */
  for (uint32_t i = 0; i < n; i++) {
    rg_coll_items(o)[i] = RG_UNDEFINED;
  }
  o->length = n;
  for (uint32_t i = 0; i < n; i++) {
    rg_val item;
    if (!present(self, i, &item)) continue;
    rg_val r = call3(cx, fn, item, i, self);
    rg_coll_items(o)[i] = r;
  }
  return out;
}

rg_val rg_arr_flat_map(rg_ctx_t *cx, rg_val self, rg_val fn) {
  uint32_t n = rg_coll_arr(self)->length;
  rg_val out = rg_arr_new(cx, n);
  for (uint32_t i = 0; i < n; i++) {
    rg_val item;
    if (!present(self, i, &item)) continue;
    rg_val r = call3(cx, fn, item, i, self);
    if (rg_coll_is(r, RG_TYPE_ARRAY)) {
      /* One level: the items of an array result, each appended. */
      for (uint32_t k = 0; k < rg_coll_arr(r)->length; k++) {
        rg_arr_push1(cx, out, rg_coll_items(rg_coll_arr(r))[k]);
      }
    } else {
      rg_arr_push1(cx, out, r);
    }
  }
  return out;
}

rg_val rg_arr_filter(rg_ctx_t *cx, rg_val self, rg_val fn) {
  uint32_t n = rg_coll_arr(self)->length;
  rg_val out = rg_arr_new(cx, 0u);
  for (uint32_t i = 0; i < n; i++) {
    rg_val item;
    if (!present(self, i, &item)) continue;
    if (rg_truthy(call3(cx, fn, item, i, self))) rg_arr_push1(cx, out, item);
  }
  return out;
}

void rg_arr_for_each(rg_ctx_t *cx, rg_val self, rg_val fn) {
  uint32_t n = rg_coll_arr(self)->length;
  for (uint32_t i = 0; i < n; i++) {
    rg_val item;
    if (present(self, i, &item)) (void)call3(cx, fn, item, i, self);
  }
}

/* find/findIndex visit every index below the starting length, reading undefined past the end. */
static int64_t find_from(rg_ctx_t *cx, rg_val self, rg_val fn, bool last, rg_val *found) {
  uint32_t n = rg_coll_arr(self)->length;
  for (uint32_t k = 0; k < n; k++) {
    uint32_t i = last ? n - 1u - k : k;
    rg_val item = RG_UNDEFINED;
    (void)present(self, i, &item);
    if (rg_truthy(call3(cx, fn, item, i, self))) {
      *found = item;
      return (int64_t)i;
    }
  }
  *found = RG_UNDEFINED;
  return -1;
}

rg_val rg_arr_find(rg_ctx_t *cx, rg_val self, rg_val fn) {
  rg_val v;
  (void)find_from(cx, self, fn, false, &v);
  return v;
}

double rg_arr_find_index(rg_ctx_t *cx, rg_val self, rg_val fn) {
  rg_val v;
  return (double)find_from(cx, self, fn, false, &v);
}

rg_val rg_arr_find_last(rg_ctx_t *cx, rg_val self, rg_val fn) {
  rg_val v;
  (void)find_from(cx, self, fn, true, &v);
  return v;
}

double rg_arr_find_last_index(rg_ctx_t *cx, rg_val self, rg_val fn) {
  rg_val v;
  return (double)find_from(cx, self, fn, true, &v);
}

bool rg_arr_some(rg_ctx_t *cx, rg_val self, rg_val fn) {
  uint32_t n = rg_coll_arr(self)->length;
  for (uint32_t i = 0; i < n; i++) {
    rg_val item;
    if (present(self, i, &item) && rg_truthy(call3(cx, fn, item, i, self))) return true;
  }
  return false;
}

bool rg_arr_every(rg_ctx_t *cx, rg_val self, rg_val fn) {
  uint32_t n = rg_coll_arr(self)->length;
  for (uint32_t i = 0; i < n; i++) {
    rg_val item;
    if (present(self, i, &item) && !rg_truthy(call3(cx, fn, item, i, self))) return false;
  }
  return true;
}

static rg_val reduce(rg_ctx_t *cx, rg_val self, rg_val fn, rg_val initial, bool right) {
  uint32_t n = rg_coll_arr(self)->length;
  uint32_t k = 0;
  rg_val acc = initial;
  if (rg_is_undefined(initial)) {
    if (n == 0u) rg_coll_throw(cx, RG_COLL_TYPE_ERROR, "Reduce of empty array with no initial value");
    acc = rg_coll_items(rg_coll_arr(self))[right ? n - 1u : 0u];
    k = 1;
  }
  for (; k < n; k++) {
    uint32_t i = right ? n - 1u - k : k;
    rg_val item;
    if (!present(self, i, &item)) continue;
    rg_val argv[4] = {acc, item, rg_num((double)i), self};
    acc = rg_call(cx, fn, 4u, argv);
  }
  return acc;
}

rg_val rg_arr_reduce(rg_ctx_t *cx, rg_val self, rg_val fn, rg_val initial) {
  return reduce(cx, self, fn, initial, false);
}

rg_val rg_arr_reduce_right(rg_ctx_t *cx, rg_val self, rg_val fn, rg_val initial) {
  return reduce(cx, self, fn, initial, true);
}
