/* rt_typed_iter.c: the typed array methods that search backwards, sort, or call back into the app:
 * at, lastIndexOf, sort, forEach, map, filter, reduce, some, every, find, findIndex.
 *
 * Typed arrays cannot change length, so callbacks see every index below the length (values read fresh
 * at each step, as JavaScript does). sort without a comparator is numeric (-0 before +0, NaN last);
 * with one it is a stable merge sort over the values copied out, written back when done.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rt_coll_internal.h"

static rg_val call3(rg_ctx_t *cx, rg_val fn, double item, uint32_t i, rg_val self) {
  rg_val argv[3] = {rg_num_raw(item), rg_num((double)i), self};
  return rg_call(cx, fn, 3u, argv);
}

static double item(rg_val self, uint32_t i) { return rg_coll_typed_load(rg_coll_typed(self), i); }
static uint32_t count(rg_val self) { return rg_coll_typed(self)->length; }

rg_val rg_typed_at(rg_ctx_t *cx, rg_val self, double index) {
  (void)cx;
  double d = index != index ? 0.0 : index > -4294967296.0 && index < 4294967296.0 ? (double)(int64_t)index : index;
  if (d < 0.0) d += (double)count(self);
  if (!(d >= 0.0 && d < (double)count(self))) return RG_UNDEFINED;
  return rg_num_raw(item(self, (uint32_t)d));
}

double rg_typed_last_index_of(rg_ctx_t *cx, rg_val self, double x, rg_val from) {
  (void)cx;
  uint32_t n = count(self);
  if (n == 0u) return -1.0;
  double d = (double)n - 1.0;
  if (!rg_is_undefined(from)) {
    double f = rg_is_num(from) ? rg_to_f64(from) : 0.0;
    f = f != f ? 0.0 : f > -9007199254740992.0 && f < 9007199254740992.0 ? (double)(int64_t)f : f;
    if (f < 0.0) f += (double)n;
    if (f < 0.0) return -1.0;
    if (f < d) d = f;
  }
  for (int64_t i = (int64_t)d; i >= 0; i--) {
    if (item(self, (uint32_t)i) == x) return (double)i;
  }
  return -1.0;
}

static bool negative_zero(double v) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  return v == 0.0 && (bits >> 63) != 0u;
}

/* True when b must come before a: by the comparator, or numerically with -0 before +0 and NaN last. */
static bool goes_before(rg_ctx_t *cx, rg_val fn, double a, double b) {
  if (rg_is_undefined(fn)) {
    if (a != a) return b == b;
    if (b != b) return false;
    if (a == 0.0 && b == 0.0) return negative_zero(b) && !negative_zero(a);
    return b < a;
  }
  rg_val argv[2] = {rg_num_raw(a), rg_num_raw(b)};
  rg_val r = rg_call(cx, fn, 2u, argv);
  double d = rg_is_num(r) ? rg_to_f64(r) : r == RG_TRUE ? 1.0 : 0.0;
  return d > 0.0;
}

rg_val rg_typed_sort(rg_ctx_t *cx, rg_val self, rg_val compare) {
  uint32_t n = count(self);
  if (n < 2u) return self;
  double *src = (double *)rg_alloc(cx, RG_TYPE_BYTES, n * (uint32_t)sizeof(double));
  double *dst = (double *)rg_alloc(cx, RG_TYPE_BYTES, n * (uint32_t)sizeof(double));
  for (uint32_t i = 0; i < n; i++) {
    src[i] = item(self, i);
  }
  for (uint32_t run = 1; run < n; run *= 2u) {
    for (uint32_t lo = 0; lo < n; lo += 2u * run) {
      uint32_t mid = lo + run < n ? lo + run : n;
      uint32_t hi = mid + run < n ? mid + run : n;
      uint32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        dst[k++] = goes_before(cx, compare, src[i], src[j]) ? src[j++] : src[i++];
      }
      while (i < mid) dst[k++] = src[i++];
      while (j < hi) dst[k++] = src[j++];
    }
    double *t = src;
    src = dst;
    dst = t;
  }
  for (uint32_t i = 0; i < n; i++) {
    rg_coll_typed_store(rg_coll_typed(self), i, src[i]);
  }
  return self;
}

void rg_typed_for_each(rg_ctx_t *cx, rg_val self, rg_val fn) {
  for (uint32_t i = 0; i < count(self); i++) {
    (void)call3(cx, fn, item(self, i), i, self);
  }
}

rg_val rg_typed_map(rg_ctx_t *cx, rg_val self, rg_val fn) {
  rg_val out = rg_typed_new(cx, rg_coll_typed(self)->kind, rg_num((double)count(self)));
  for (uint32_t i = 0; i < count(self); i++) {
    rg_val r = call3(cx, fn, item(self, i), i, self);
    rg_coll_typed_store(rg_coll_typed(out), i, rg_is_num(r) ? rg_to_f64(r) : r == RG_TRUE ? 1.0 : 0.0);
  }
  return out;
}

rg_val rg_typed_filter(rg_ctx_t *cx, rg_val self, rg_val fn) {
  rg_val kept = rg_arr_new(cx, 0u);
  for (uint32_t i = 0; i < count(self); i++) {
    double v = item(self, i);
    if (rg_truthy(call3(cx, fn, v, i, self))) rg_arr_push1(cx, kept, rg_num_raw(v));
  }
  return rg_typed_new(cx, rg_coll_typed(self)->kind, kept);
}

rg_val rg_typed_reduce(rg_ctx_t *cx, rg_val self, rg_val fn, rg_val initial) {
  uint32_t n = count(self), k = 0;
  rg_val acc = initial;
  if (rg_is_undefined(initial)) {
    if (n == 0u) rg_coll_throw(cx, RG_COLL_TYPE_ERROR, "Reduce of empty array with no initial value");
    acc = rg_num_raw(item(self, 0));
    k = 1;
  }
  for (; k < n; k++) {
    rg_val argv[4] = {acc, rg_num_raw(item(self, k)), rg_num((double)k), self};
    acc = rg_call(cx, fn, 4u, argv);
  }
  return acc;
}

bool rg_typed_some(rg_ctx_t *cx, rg_val self, rg_val fn) {
  for (uint32_t i = 0; i < count(self); i++) {
    if (rg_truthy(call3(cx, fn, item(self, i), i, self))) return true;
  }
  return false;
}

bool rg_typed_every(rg_ctx_t *cx, rg_val self, rg_val fn) {
  for (uint32_t i = 0; i < count(self); i++) {
    if (!rg_truthy(call3(cx, fn, item(self, i), i, self))) return false;
  }
  return true;
}

rg_val rg_typed_find(rg_ctx_t *cx, rg_val self, rg_val fn) {
  for (uint32_t i = 0; i < count(self); i++) {
    double v = item(self, i);
    if (rg_truthy(call3(cx, fn, v, i, self))) return rg_num_raw(v);
  }
  return RG_UNDEFINED;
}

double rg_typed_find_index(rg_ctx_t *cx, rg_val self, rg_val fn) {
  for (uint32_t i = 0; i < count(self); i++) {
    if (rg_truthy(call3(cx, fn, item(self, i), i, self))) return (double)i;
  }
  return -1.0;
}
