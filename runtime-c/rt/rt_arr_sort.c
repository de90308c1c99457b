/* rt_arr_sort.c: Array.prototype.sort, a stable bottom-up merge sort.
 *
 * As ECMAScript's SortIndexedProperties does, the items are copied out, undefined ones set aside (they
 * always go last and never reach the comparator), the rest sorted, and the result written back; a
 * comparator that throws leaves the array as it was. Without a comparator items compare by their
 * ToString in UTF-16 code unit order, in records of [key, item]: the key is the item itself for
 * numbers, strings and booleans (their text is produced during each comparison, on the stack, so
 * sorting numbers allocates nothing per item) and the ToString computed once for other values (arrays
 * and objects, whose ToString may run app code).
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rt_coll_internal.h"

typedef struct {
  rg_ctx_t *cx;
  rg_val fn;      /* comparator, or undefined for the default order */
  uint32_t width; /* rg_vals per record: 1 (item) or 2 (string key, item) */
} sorter_t;

/* The text of a sort key: a string's units, or ASCII in buf (numbers, booleans, null). */
typedef struct {
  const uint16_t *units; /* NULL: the text is ascii */
  const char *ascii;
  uint32_t len;
} key_text_t;

static key_text_t key_text(rg_val key, char buf[RG_RT_NUMBER_CHARS]) {
  key_text_t t = {(const uint16_t *)0, buf, 0u};
  if (rg_is_num(key)) {
    t.len = rg_rt_number_to_string(rg_to_f64(key), buf);
  } else if (rg_is_ptr(key)) {
    t.units = rg_coll_str(key)->units;
    t.len = rg_coll_str(key)->length;
  } else {
    t.ascii = key == RG_TRUE ? "true" : key == RG_FALSE ? "false" : "null";
    t.len = (uint32_t)strlen(t.ascii);
  }
  return t;
}

static uint16_t unit_at(const key_text_t *t, uint32_t i) {
  return t->units != (const uint16_t *)0 ? t->units[i] : (uint8_t)t->ascii[i];
}

/* <0, 0, >0: the keys' texts in code unit order. noinline: its two number buffers are on the stack only
 * while comparing, not while a comparator (app code) runs. */
__attribute__((noinline)) static int compare_keys(rg_val a, rg_val b) {
  char buf_a[RG_RT_NUMBER_CHARS], buf_b[RG_RT_NUMBER_CHARS];
  key_text_t x = key_text(a, buf_a), y = key_text(b, buf_b);
  uint32_t n = x.len < y.len ? x.len : y.len;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t u = unit_at(&x, i), v = unit_at(&y, i);
    if (u != v) return u < v ? -1 : 1;
  }
  return x.len < y.len ? -1 : x.len > y.len ? 1 : 0;
}

/* True when record b must come before record a. */
static bool goes_before(const sorter_t *s, const rg_val *a, const rg_val *b) {
  if (s->width == 2u) return compare_keys(b[0], a[0]) < 0;
  rg_val argv[2] = {a[0], b[0]};
  rg_val r = rg_call(s->cx, s->fn, 2u, argv);
  /* A comparator's result goes through ToNumber; only a positive value moves b ahead. */
  double d = rg_is_num(r) ? rg_to_f64(r) : r == RG_TRUE ? 1.0 : 0.0;
  return d > 0.0;
}

static void merge_sort(const sorter_t *s, rg_val *src, rg_val *dst, uint32_t m) {
  uint32_t w = s->width;
  for (uint32_t run = 1; run < m; run *= 2u) {
    for (uint32_t lo = 0; lo < m; lo += 2u * run) {
      uint32_t mid = lo + run < m ? lo + run : m;
      uint32_t hi = mid + run < m ? mid + run : m;
      uint32_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) {
        if (goes_before(s, src + (size_t)i * w, src + (size_t)j * w)) {
          memcpy(dst + (size_t)k++ * w, src + (size_t)j++ * w, w * sizeof(rg_val));
        } else {
          memcpy(dst + (size_t)k++ * w, src + (size_t)i++ * w, w * sizeof(rg_val));
        }
      }
      if (i < mid) memcpy(dst + (size_t)k * w, src + (size_t)i * w, (size_t)(mid - i) * w * sizeof(rg_val));
      k += mid - i;
      if (j < hi) memcpy(dst + (size_t)k * w, src + (size_t)j * w, (size_t)(hi - j) * w * sizeof(rg_val));
    }
    rg_val *t = src;
    src = dst;
    dst = t;
  }
}

rg_val rg_arr_sort(rg_ctx_t *cx, rg_val self, rg_val compare) {
  uint32_t n = rg_coll_arr(self)->length;
  if (n < 2u) return self;
  sorter_t s = {cx, compare, rg_is_undefined(compare) ? 2u : 1u};
  rg_val store_a, store_b;
  rg_val *a = rg_coll_vals_new(cx, n * s.width, &store_a);
  rg_val *b = rg_coll_vals_new(cx, n * s.width, &store_b);
  uint32_t m = 0;
  for (uint32_t i = 0; i < n; i++) {
    rg_val item = rg_coll_items(rg_coll_arr(self))[i];
    if (rg_is_undefined(item)) continue;
    if (s.width == 2u) {
      a[2u * m + 1u] = item;
      /* Strings, numbers, booleans and null are their own keys; others convert once, here. */
      a[2u * m] = rg_is_num(item) || !rg_is_ptr(item) || rg_coll_is(item, RG_TYPE_STRING)
                      ? item
                      : rg_coll_to_string(cx, item);
    } else {
      a[m] = item;
    }
    m++;
  }
  /* Count the passes to know which buffer ends up holding the result. */
  uint32_t passes = 0;
  for (uint32_t run = 1; run < m; run *= 2u) {
    passes++;
  }
  merge_sort(&s, a, b, m);
  const rg_val *sorted = passes % 2u == 0u ? a : b;
  rg_array_t *arr = rg_coll_arr(self);
  rg_val *items = rg_coll_arr_reserve(cx, arr, n);
  if (arr->length < n) arr->length = n;
  for (uint32_t i = 0; i < m; i++) {
    items[i] = sorted[(size_t)i * s.width + s.width - 1u];
  }
  for (uint32_t i = m; i < n; i++) {
    items[i] = RG_UNDEFINED;
  }
  return self;
}
