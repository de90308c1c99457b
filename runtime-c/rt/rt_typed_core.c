/* rt_typed_core.c: Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array,
 * Float32Array, Float64Array and Uint8ClampedArray.
 *
 * One struct serves every kind: a view (kind, byte offset, length) over an RG_TYPE_BYTES buffer that
 * subarray views share. Stores convert as ECMAScript's NumericToRawBytes does: integer kinds wrap
 * modulo 2^n after truncation (NaN and infinities give 0), Uint8Clamped clamps to [0, 255] and rounds
 * half to even, Float32 rounds to the nearest float. Elements are copied with memcpy, so nothing
 * depends on the alignment or aliasing rules of the target.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rt_coll_internal.h"

#define MAX_LENGTH 0x10000000u /* 2^28 elements: byte sizes stay within 32 bits */

static const uint8_t element_bytes[] = {1, 1, 1, 2, 2, 4, 4, 4, 8};
static const char *const names[] = {"Int8Array",  "Uint8Array", "Uint8ClampedArray",
                                    "Int16Array", "Uint16Array", "Int32Array",
                                    "Uint32Array", "Float32Array", "Float64Array"};

const char *rg_coll_typed_name(uint32_t kind) { return kind <= RG_TYPED_FLOAT64 ? names[kind] : "TypedArray"; }

static uint8_t *bytes_of(const rg_typed_t *t) { return (uint8_t *)rg_to_ptr(t->buffer) + t->offset; }

double rg_coll_typed_load(const rg_typed_t *t, uint32_t i) {
  const uint8_t *p = bytes_of(t) + (size_t)i * element_bytes[t->kind];
  switch (t->kind) {
    case RG_TYPED_INT8: {
      int8_t v;
      memcpy(&v, p, 1);
      return v;
    }
    case RG_TYPED_UINT8:
    case RG_TYPED_UINT8_CLAMPED:
      return *p;
    case RG_TYPED_INT16: {
      int16_t v;
      memcpy(&v, p, 2);
      return v;
    }
    case RG_TYPED_UINT16: {
      uint16_t v;
      memcpy(&v, p, 2);
      return v;
    }
    case RG_TYPED_INT32: {
      int32_t v;
      memcpy(&v, p, 4);
      return v;
    }
    case RG_TYPED_UINT32: {
      uint32_t v;
      memcpy(&v, p, 4);
      return v;
    }
    case RG_TYPED_FLOAT32: {
      float v;
      memcpy(&v, p, 4);
      /* Any NaN comes out canonical, so the result can be boxed with rg_num (rg_val.h). */
      return v == v ? (double)v : rg_to_f64(RG_CANONICAL_NAN);
    }
    default: {
      double v;
      memcpy(&v, p, 8);
      return v == v ? v : rg_to_f64(RG_CANONICAL_NAN);
    }
  }
}

/* ECMAScript ToUint32 (also the low bits of every integer kind): NaN and infinities give 0, otherwise
 * truncate and reduce modulo 2^32. One exact reduction step: q = v / 2^32 is exact (a power of two),
 * so v - trunc(q) * 2^32 is exact and below 2^32 in magnitude. Beyond 2^95 every double is a multiple
 * of 2^43, so its low 32 bits are 0. Kept here so typed arrays need nothing from the Math runtime. */
static uint32_t to_uint32(double v) {
  if (!(v - v == 0.0)) return 0u;
  double q = v / 4294967296.0;
  if (!(q > -9.0e18 && q < 9.0e18)) return 0u;
  double r = v - (double)(int64_t)q * 4294967296.0;
  return (uint32_t)(int64_t)r; /* conversion to unsigned wraps modulo 2^32 */
}

/* Uint8Clamped: NaN gives 0, then clamp, then round half to even. */
static uint8_t clamp_u8(double v) {
  if (!(v > 0.0)) return 0;
  if (v >= 255.0) return 255;
  uint32_t f = (uint32_t)v; /* floor, v is positive */
  double rest = v - (double)f;
  if (rest > 0.5 || (rest == 0.5 && (f & 1u) != 0u)) f++;
  return (uint8_t)f;
}

void rg_coll_typed_store(rg_typed_t *t, uint32_t i, double v) {
  uint8_t *p = bytes_of(t) + (size_t)i * element_bytes[t->kind];
  uint32_t u = to_uint32(v); /* the low bits of every integer kind, two's complement */
  switch (t->kind) {
    case RG_TYPED_INT8:
    case RG_TYPED_UINT8:
      *p = (uint8_t)u;
      return;
    case RG_TYPED_UINT8_CLAMPED:
      *p = clamp_u8(v);
      return;
    case RG_TYPED_INT16:
    case RG_TYPED_UINT16: {
      uint16_t h = (uint16_t)u;
      memcpy(p, &h, 2);
      return;
    }
    case RG_TYPED_INT32:
    case RG_TYPED_UINT32:
      memcpy(p, &u, 4);
      return;
    case RG_TYPED_FLOAT32: {
      float f = (float)v;
      memcpy(p, &f, 4);
      return;
    }
    default:
      memcpy(p, &v, 8);
      return;
  }
}

/* A new zeroed view of n elements with its own buffer. */
static rg_val make(rg_ctx_t *cx, uint32_t kind, uint32_t n) {
  rg_typed_t *t = (rg_typed_t *)rg_alloc(cx, RG_TYPE_TYPED, (uint32_t)sizeof(rg_typed_t));
  t->buffer = RG_UNDEFINED;
  t->kind = kind;
  rg_val self = rg_ptr(t);
  void *bytes = rg_alloc(cx, RG_TYPE_BYTES, n * element_bytes[kind]);
  t->buffer = rg_ptr(bytes);
  t->length = n;
  return self;
}

/* ToNumber for the values a typed program can put in a number source. */
static double number_of(rg_val v) {
  if (rg_is_num(v)) return rg_to_f64(v);
  if (v == RG_TRUE) return 1.0;
  if (v == RG_FALSE || v == RG_NULL) return 0.0;
  return rg_to_f64(RG_CANONICAL_NAN);
}

/* The length and element i of an array or typed array source. */
static uint32_t source_length(rg_val src) {
  return rg_type_of(src) == RG_TYPE_TYPED ? rg_coll_typed(src)->length : rg_coll_arr(src)->length;
}
static double source_item(rg_val src, uint32_t i) {
  if (rg_type_of(src) == RG_TYPE_TYPED) return rg_coll_typed_load(rg_coll_typed(src), i);
  return number_of(rg_coll_items(rg_coll_arr(src))[i]);
}

rg_val rg_typed_new(rg_ctx_t *cx, uint32_t kind, rg_val arg) {
  if (kind > RG_TYPED_FLOAT64) kind = RG_TYPED_FLOAT64;
  if (rg_coll_is(arg, RG_TYPE_ARRAY) || rg_coll_is(arg, RG_TYPE_TYPED)) {
    uint32_t n = source_length(arg);
    rg_val self = make(cx, kind, n);
    for (uint32_t i = 0; i < n; i++) {
      rg_coll_typed_store(rg_coll_typed(self), i, source_item(arg, i));
    }
    return self;
  }
  double d = rg_is_undefined(arg) ? 0.0 : number_of(arg);
  if (d != d) d = 0.0; /* ToIndex(NaN) is 0 */
  d = d > -1.0 && d < 0.0 ? 0.0 : d;
  if (!(d >= 0.0 && d < (double)MAX_LENGTH) || (double)(uint32_t)d != d) {
    if (d >= 0.0 && d < (double)MAX_LENGTH) {
      d = (double)(uint32_t)d; /* fractions truncate */
    } else {
      char message[64] = "Invalid typed array length: ";
      char number[RG_RT_NUMBER_CHARS];
      rg_rt_number_to_string(d, number);
      strncat(message, number, sizeof message - strlen(message) - 1u);
      rg_coll_throw(cx, RG_COLL_RANGE_ERROR, message);
    }
  }
  return make(cx, kind, (uint32_t)d);
}

double rg_typed_item(rg_val self, uint32_t i) { return rg_coll_typed_load(rg_coll_typed(self), i); }

static int64_t element_index(const rg_typed_t *t, double index) {
  if (!(index >= 0.0 && index < (double)t->length)) return -1;
  uint32_t i = (uint32_t)index;
  return (double)i == index ? (int64_t)i : -1;
}

rg_val rg_typed_get_index(rg_val self, double index) {
  const rg_typed_t *t = rg_coll_typed(self);
  int64_t i = element_index(t, index);
  return i < 0 ? RG_UNDEFINED : rg_num_raw(rg_coll_typed_load(t, (uint32_t)i));
}

void rg_typed_set_index(rg_val self, double index, double v) {
  rg_typed_t *t = rg_coll_typed(self);
  int64_t i = element_index(t, index);
  if (i >= 0) rg_coll_typed_store(t, (uint32_t)i, v);
}

rg_val rg_typed_fill(rg_ctx_t *cx, rg_val self, double v, rg_val start, rg_val end) {
  (void)cx;
  rg_typed_t *t = rg_coll_typed(self);
  uint32_t from = rg_coll_position(start, t->length, 0u);
  /* V8 (Node 20) fills to the end whenever start is undefined, whatever end says; matched on purpose. */
  uint32_t to = rg_is_undefined(start) ? t->length : rg_coll_position(end, t->length, t->length);
  for (uint32_t i = from; i < to; i++) {
    rg_coll_typed_store(t, i, v);
  }
  return self;
}

rg_val rg_typed_subarray(rg_ctx_t *cx, rg_val self, rg_val begin, rg_val end) {
  const rg_typed_t *t = rg_coll_typed(self);
  uint32_t from = rg_coll_position(begin, t->length, 0u);
  uint32_t to = rg_coll_position(end, t->length, t->length);
  if (to < from) to = from;
  rg_typed_t *view = (rg_typed_t *)rg_alloc(cx, RG_TYPE_TYPED, (uint32_t)sizeof(rg_typed_t));
  view->buffer = t->buffer;
  view->kind = t->kind;
  view->offset = t->offset + from * element_bytes[t->kind];
  view->length = to - from;
  return rg_ptr(view);
}

rg_val rg_typed_slice(rg_ctx_t *cx, rg_val self, rg_val begin, rg_val end) {
  const rg_typed_t *t = rg_coll_typed(self);
  uint32_t from = rg_coll_position(begin, t->length, 0u);
  uint32_t to = rg_coll_position(end, t->length, t->length);
  if (to < from) to = from;
  rg_val out = make(cx, t->kind, to - from);
  memcpy(bytes_of(rg_coll_typed(out)), bytes_of(t) + (size_t)from * element_bytes[t->kind],
         (size_t)(to - from) * element_bytes[t->kind]);
  return out;
}

void rg_typed_set(rg_ctx_t *cx, rg_val self, rg_val source, rg_val offset) {
  rg_typed_t *t = rg_coll_typed(self);
  double d = rg_is_undefined(offset) ? 0.0 : number_of(offset);
  if (d != d) d = 0.0;
  d = d < 0.0 ? -(double)(uint64_t)(-d) : (double)(uint64_t)d;
  uint32_t n = source_length(source);
  if (d < 0.0 || d + (double)n > (double)t->length) {
    rg_coll_throw(cx, RG_COLL_RANGE_ERROR, "offset is out of bounds");
  }
  uint32_t at = (uint32_t)d;
  if (rg_type_of(source) == RG_TYPE_TYPED && rg_coll_typed(source)->buffer == t->buffer) {
    /* The same buffer may overlap: read every value before writing any. */
    double *tmp = (double *)rg_alloc(cx, RG_TYPE_BYTES, n * (uint32_t)sizeof(double));
    for (uint32_t i = 0; i < n; i++) {
      tmp[i] = source_item(source, i);
    }
    for (uint32_t i = 0; i < n; i++) {
      rg_coll_typed_store(t, at + i, tmp[i]);
    }
    return;
  }
  for (uint32_t i = 0; i < n; i++) {
    rg_coll_typed_store(t, at + i, source_item(source, i));
  }
}

double rg_typed_index_of(rg_ctx_t *cx, rg_val self, double x, rg_val from) {
  (void)cx;
  const rg_typed_t *t = rg_coll_typed(self);
  for (uint32_t i = rg_coll_position(from, t->length, 0u); i < t->length; i++) {
    if (rg_coll_typed_load(t, i) == x) return (double)i;
  }
  return -1.0;
}

bool rg_typed_includes(rg_ctx_t *cx, rg_val self, double x, rg_val from) {
  (void)cx;
  const rg_typed_t *t = rg_coll_typed(self);
  for (uint32_t i = rg_coll_position(from, t->length, 0u); i < t->length; i++) {
    double v = rg_coll_typed_load(t, i);
    if (v == x || (v != v && x != x)) return true;
  }
  return false;
}

rg_val rg_typed_reverse(rg_ctx_t *cx, rg_val self) {
  (void)cx;
  rg_typed_t *t = rg_coll_typed(self);
  for (uint32_t i = 0, j = t->length; i + 1u < j; i++, j--) {
    double a = rg_coll_typed_load(t, i), b = rg_coll_typed_load(t, j - 1u);
    rg_coll_typed_store(t, i, b);
    rg_coll_typed_store(t, j - 1u, a);
  }
  return self;
}
