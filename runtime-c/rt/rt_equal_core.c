/* rt_equal_core.c: ===, SameValueZero, ToBoolean, key hashing and the small string helpers the
 * collection runtime shares.
 *
 * Strings compare by content (UTF-16 code units), numbers by IEEE value, everything else by identity:
 * the collector never moves objects, so an object's address is a stable identity and hash. The text
 * builder here is the ToString half of Array.prototype.join and JSON.stringify (rt_coll_internal.h).
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rt_coll_internal.h"

#ifndef RG_COLL_HAVE_THROW
/* issue-4 contract: throws a new Error of the given kind; defined by the exceptions runtime. */
_Noreturn void rg_throw_error(rg_ctx_t *cx, uint32_t kind, const char *message);
#endif

_Noreturn void rg_coll_throw(rg_ctx_t *cx, uint32_t kind, const char *message) {
#ifdef RG_COLL_HAVE_THROW
  rg_throw_error(cx, kind == RG_COLL_TYPE_ERROR ? RG_ERROR_TYPE : RG_ERROR_RANGE, message);
#else
  rg_throw_error(cx, kind, message);
#endif
}

static bool is_str(rg_val v) { return rg_coll_is(v, RG_TYPE_STRING); }

bool rg_coll_str_equal(const rg_str_t *a, const rg_str_t *b) {
  return a->length == b->length && memcmp(a->units, b->units, (size_t)a->length * 2u) == 0;
}

int rg_coll_str_compare(const rg_str_t *a, const rg_str_t *b) {
  uint32_t n = a->length < b->length ? a->length : b->length;
  for (uint32_t i = 0; i < n; i++) {
    if (a->units[i] != b->units[i]) return a->units[i] < b->units[i] ? -1 : 1;
  }
  return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

bool rg_strict_equals(rg_val a, rg_val b) {
  if (rg_is_num(a) || rg_is_num(b)) {
    return rg_is_num(a) && rg_is_num(b) && rg_to_f64(a) == rg_to_f64(b);
  }
  if (a == b) return true;
  return is_str(a) && is_str(b) && rg_coll_str_equal(rg_coll_str(a), rg_coll_str(b));
}

bool rg_same_value_zero(rg_val a, rg_val b) {
  if (rg_is_num(a) && rg_is_num(b)) {
    double x = rg_to_f64(a), y = rg_to_f64(b);
    return x == y || (x != x && y != y);
  }
  return rg_strict_equals(a, b);
}

bool rg_truthy(rg_val v) {
  if (rg_is_num(v)) {
    double d = rg_to_f64(v);
    return d == d && d != 0.0;
  }
  if (rg_is_ptr(v)) return !is_str(v) || rg_coll_str(v)->length != 0;
  return v == RG_TRUE;
}

/* A 64-bit to 32-bit mix (the murmur3 finaliser) so that nearby integers and aligned addresses spread
 * over the buckets. */
static uint32_t mix(uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ull;
  h ^= h >> 33;
  return (uint32_t)h;
}

uint32_t rg_coll_hash(rg_val key) {
  if (rg_is_num(key)) {
    double d = rg_to_f64(key);
    if (d == 0.0) return mix(0u);           /* -0 and +0 are one key */
    if (d != d) return mix(RG_CANONICAL_NAN); /* every NaN is one key */
    return mix(key);
  }
  if (is_str(key)) {
    const rg_str_t *s = rg_coll_str(key);
    uint32_t h = 2166136261u; /* FNV-1a over the code units */
    for (uint32_t i = 0; i < s->length; i++) {
      h = (h ^ s->units[i]) * 16777619u;
    }
    return h;
  }
  return mix(key);
}

rg_val rg_coll_str_new(rg_ctx_t *cx, uint32_t n, uint16_t **units) {
  if (n > 0x3FFFFFF0u) rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "Invalid string length");
  rg_str_t *s = (rg_str_t *)rg_alloc(cx, RG_TYPE_STRING, 4u + 2u * n);
  s->length = n;
  *units = s->units;
  return rg_ptr(s);
}

rg_val rg_coll_str_ascii(rg_ctx_t *cx, const char *text) {
  uint32_t n = (uint32_t)strlen(text);
  uint16_t *units;
  rg_val s = rg_coll_str_new(cx, n, &units);
  for (uint32_t i = 0; i < n; i++) {
    units[i] = (uint8_t)text[i];
  }
  return s;
}

const rg_shape_t *rg_coll_shape(const rg_ctx_t *cx, rg_val v) {
  uint32_t type = rg_type_of(v);
  if (type < RG_TYPE_FIRST_APP || cx->shapes == (const rg_shape_t *const *)0) return (const rg_shape_t *)0;
  uint32_t i = type - RG_TYPE_FIRST_APP;
  return i < cx->shape_count ? cx->shapes[i] : (const rg_shape_t *)0;
}

bool rg_coll_is_error(const rg_ctx_t *cx, rg_val v) {
  if (!rg_is_ptr(v)) return false;
  uint32_t type = rg_type_of(v);
  /* Runtime Error types (rg_throw.h) are ids 10..13; user subclasses are app shapes flagged
   * RG_SHAPE_ERROR somewhere up their parent chain. */
  if (type >= 10u && type <= 13u) return true;
  for (const rg_shape_t *s = rg_coll_shape(cx, v); s != (const rg_shape_t *)0; s = s->parent) {
    if ((s->flags & RG_SHAPE_ERROR) != 0u) return true;
  }
  return false;
}

const rg_str_t *rg_coll_key(const rg_ctx_t *cx, uint32_t key) {
  if (cx->keys == (const rg_str_t *const *)0 || key >= cx->key_count) return (const rg_str_t *)0;
  return cx->keys[key];
}

void rg_coll_text_ascii(rg_coll_text_t *t, const char *text, uint32_t n) {
  for (uint32_t i = 0; i < n; i++) {
    rg_coll_text_unit(t, (uint8_t)text[i]);
  }
}

void rg_coll_text_str(rg_coll_text_t *t, const rg_str_t *s) {
  if (t->units != (uint16_t *)0) memcpy(t->units + t->len, s->units, (size_t)s->length * 2u);
  t->len += s->length;
}

void rg_coll_text_number(rg_coll_text_t *t, double v) {
  char text[RG_RT_NUMBER_CHARS];
  uint32_t n = rg_rt_number_to_string(v, text);
  rg_coll_text_ascii(t, text, n);
}

static void text_cstr(rg_coll_text_t *t, const char *text) {
  rg_coll_text_ascii(t, text, (uint32_t)strlen(text));
}

void rg_coll_text_value(rg_coll_text_t *t, rg_val v) {
  if (rg_is_num(v)) {
    rg_coll_text_number(t, rg_to_f64(v));
    return;
  }
  if (!rg_is_ptr(v)) {
    if (v == RG_TRUE) text_cstr(t, "true");
    if (v == RG_FALSE) text_cstr(t, "false");
    return; /* null and undefined: "" inside join */
  }
  switch (rg_type_of(v)) {
    case RG_TYPE_STRING:
      rg_coll_text_str(t, rg_coll_str(v));
      return;
    case RG_TYPE_CLOSURE:
      /* Function.prototype.toString gives the source text, which compiled code does not keep. */
      text_cstr(t, "function () { [native code] }");
      return;
    case RG_TYPE_MAP:
      text_cstr(t, ((const rg_map_t *)rg_to_ptr(v))->is_set != 0u ? "[object Set]" : "[object Map]");
      return;
    case RG_TYPE_PROMISE:
      text_cstr(t, "[object Promise]");
      return;
    default:
      /* Arrays and objects are converted before the counting pass (rt_arr_join.c). */
      text_cstr(t, "[object Object]");
      return;
  }
}
