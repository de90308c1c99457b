/* rt_str_core.c: string values: creation, UTF-8 in and out, concatenation, ToString, comparison.
 *
 * The rest of the string runtime builds on these. Results that need no allocation come from static
 * string objects in read-only memory (the empty string, one-unit ASCII strings, the names of the
 * special values), which the collector ignores because they lie outside the heap arena.
 */
#include <stdint.h>

#include "rg_alloc.h"
#include "rg_coll.h"
#include "rg_str.h"
#include "rg_throw.h"
#include "rt_str_internal.h"

/* --- static strings --------------------------------------------------------------------------- */

typedef struct {
  uint32_t header;
  uint32_t length;
  uint16_t units[2];
} unit_str_t;

#define U1(c) {RG_HEADER(RG_TYPE_STRING), 1, {(uint16_t)(c), 0}}
#define U8(c) U1(c), U1((c) + 1), U1((c) + 2), U1((c) + 3), U1((c) + 4), U1((c) + 5), U1((c) + 6), U1((c) + 7)
#define U32(c) U8(c), U8((c) + 8), U8((c) + 16), U8((c) + 24)

/* Every one-unit ASCII string (s[i], charAt, split("") on ASCII text allocate nothing). */
static const unit_str_t ascii_strings[128] = {U32(0), U32(32), U32(64), U32(96)};

typedef struct {
  uint32_t header;
  uint32_t length;
  uint16_t units[10];
} word_str_t;

#define WORD(n, ...) {RG_HEADER(RG_TYPE_STRING), n, {__VA_ARGS__}}
static const word_str_t empty_string = WORD(0, 0);
static const word_str_t undefined_string = WORD(9, 'u', 'n', 'd', 'e', 'f', 'i', 'n', 'e', 'd');
static const word_str_t null_string = WORD(4, 'n', 'u', 'l', 'l');
static const word_str_t true_string = WORD(4, 't', 'r', 'u', 'e');
static const word_str_t false_string = WORD(5, 'f', 'a', 'l', 's', 'e');

rg_val rg_str_empty(void) { return rg_ptr(&empty_string.length); }

rg_val rg_str_unit(rg_ctx_t *cx, uint16_t u) {
  if (u < 128) return rg_ptr(&ascii_strings[u].length);
  rg_str_t *s = rg_str_new(cx, 1);
  s->units[0] = u;
  return rg_ptr(s);
}

/* --- creation ----------------------------------------------------------------------------------- */

rg_str_t *rg_str_new(rg_ctx_t *cx, uint32_t length) {
  if (length > RG_STR_MAX_LENGTH) rg_throw_error(cx, RG_ERROR_RANGE, "Invalid string length");
  rg_str_t *s = (rg_str_t *)rg_alloc(cx, RG_TYPE_STRING, (uint32_t)sizeof(rg_str_t) + 2u * length);
  s->length = length;
  return s;
}

rg_val rg_str_from_units(rg_ctx_t *cx, const uint16_t *units, uint32_t length) {
  if (length == 0) return rg_str_empty();
  if (length == 1) return rg_str_unit(cx, units[0]);
  rg_str_t *s = rg_str_new(cx, length);
  for (uint32_t i = 0; i < length; i++) s->units[i] = units[i];
  return rg_ptr(s);
}

rg_val rg_str_from_ascii(rg_ctx_t *cx, const char *text, uint32_t len) {
  if (len == 0) return rg_str_empty();
  if (len == 1) return rg_str_unit(cx, (uint8_t)text[0]);
  rg_str_t *s = rg_str_new(cx, len);
  for (uint32_t i = 0; i < len; i++) s->units[i] = (uint8_t)text[i];
  return rg_ptr(s);
}

/* Decodes UTF-8 as the WHATWG decoder does; writes units to out when out is not NULL; returns the unit
 * count. */
static uint32_t decode_utf8(const uint8_t *text, uint32_t len, uint16_t *out) {
  uint32_t n = 0, i = 0;
  while (i < len) {
    uint32_t b = text[i++];
    uint32_t need, cp, lower = 0x80, upper = 0xBF;
    if (b < 0x80) {
      need = 0;
      cp = b;
    } else if (b >= 0xC2 && b <= 0xDF) {
      need = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      need = 2;
      cp = b & 0x0F;
      if (b == 0xE0) lower = 0xA0;
      if (b == 0xED) upper = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      need = 3;
      cp = b & 0x07;
      if (b == 0xF0) lower = 0x90;
      if (b == 0xF4) upper = 0x8F;
    } else {
      need = 0;
      cp = 0xFFFD;
    }
    for (; need > 0; need--) {
      if (i >= len || text[i] < lower || text[i] > upper) {
        cp = 0xFFFD; /* the bytes so far are one maximal invalid subpart; the next byte starts afresh */
        break;
      }
      cp = (cp << 6) | (text[i++] & 0x3Fu);
      lower = 0x80;
      upper = 0xBF;
    }
    if (cp >= 0x10000) {
      if (out != NULL) {
        out[n] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
        out[n + 1] = (uint16_t)(0xDC00 + (cp & 0x3FF));
      }
      n += 2;
    } else {
      if (out != NULL) out[n] = (uint16_t)cp;
      n++;
    }
  }
  return n;
}

rg_val rg_str_from_utf8(rg_ctx_t *cx, const char *text, uint32_t len) {
  const uint8_t *bytes = (const uint8_t *)text;
  uint32_t n = decode_utf8(bytes, len, NULL);
  if (n == 0) return rg_str_empty();
  if (n == 1 && bytes[0] < 0x80) return rg_str_unit(cx, bytes[0]);
  rg_str_t *s = rg_str_new(cx, n);
  decode_utf8(bytes, len, s->units);
  return rg_ptr(s);
}

rg_val rg_str_from_cstr(rg_ctx_t *cx, const char *text) {
  uint32_t len = 0;
  while (text[len] != '\0') len++;
  return rg_str_from_utf8(cx, text, len);
}

/* --- UTF-8 out ------------------------------------------------------------------------------------ */

/* Encodes the character starting at units[*i] (advancing *i past it) into out; returns its byte count. */
static uint32_t encode_one(const rg_str_t *s, uint32_t *i, uint8_t out[4]) {
  uint32_t cp = s->units[(*i)++];
  if (cp >= 0xD800 && cp <= 0xDBFF && *i < s->length && s->units[*i] >= 0xDC00 && s->units[*i] <= 0xDFFF) {
    cp = 0x10000 + ((cp - 0xD800) << 10) + (s->units[(*i)++] - 0xDC00u);
  } else if (cp >= 0xD800 && cp <= 0xDFFF) {
    cp = 0xFFFD;
  }
  if (cp < 0x80) {
    out[0] = (uint8_t)cp;
    return 1;
  }
  if (cp < 0x800) {
    out[0] = (uint8_t)(0xC0 | (cp >> 6));
    out[1] = (uint8_t)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (uint8_t)(0xE0 | (cp >> 12));
    out[1] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (uint8_t)(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = (uint8_t)(0xF0 | (cp >> 18));
  out[1] = (uint8_t)(0x80 | ((cp >> 12) & 0x3F));
  out[2] = (uint8_t)(0x80 | ((cp >> 6) & 0x3F));
  out[3] = (uint8_t)(0x80 | (cp & 0x3F));
  return 4;
}

uint32_t rg_str_utf8(rg_val s, char *out, uint32_t cap) {
  const rg_str_t *str = rg_str_of(s);
  uint32_t at = 0;
  if (cap == 0) return 0;
  for (uint32_t i = 0; i < str->length;) {
    uint8_t bytes[4];
    uint32_t n = encode_one(str, &i, bytes);
    if (at + n > cap - 1) break;
    for (uint32_t k = 0; k < n; k++) out[at++] = (char)bytes[k];
  }
  out[at] = '\0';
  return at;
}

void rg_rt_line_str(rg_rt_line_t *line, rg_val s) {
  const rg_str_t *str = rg_str_of(s);
  /* Through a small stack buffer, so the line builder gets few calls. */
  char chunk[32];
  uint32_t used = 0;
  for (uint32_t i = 0; i < str->length;) {
    uint8_t bytes[4];
    uint32_t n = encode_one(str, &i, bytes);
    /* A panic message is cut at the buffer's end: cut before a character that would not fit whole. */
    if (line->for_panic && line->len + used + n > RG_RT_LINE_BYTES) break;
    if (used + n > sizeof chunk) {
      rg_rt_line_text(line, chunk, used);
      used = 0;
    }
    for (uint32_t k = 0; k < n; k++) chunk[used++] = (char)bytes[k];
  }
  rg_rt_line_text(line, chunk, used);
}

/* --- operators ------------------------------------------------------------------------------------ */

rg_val rg_str_concat(rg_ctx_t *cx, rg_val a, rg_val b) {
  uint32_t la = rg_str_of(a)->length, lb = rg_str_of(b)->length;
  if (la == 0) return b;
  if (lb == 0) return a;
  if (la + lb > RG_STR_MAX_LENGTH || la + lb < la) {
    rg_throw_error(cx, RG_ERROR_RANGE, "Invalid string length");
  }
  rg_str_t *s = rg_str_new(cx, la + lb);
  const rg_str_t *sa = rg_str_of(a), *sb = rg_str_of(b);
  for (uint32_t i = 0; i < la; i++) s->units[i] = sa->units[i];
  for (uint32_t i = 0; i < lb; i++) s->units[la + i] = sb->units[i];
  return rg_ptr(s);
}

/* Number::toString(v) as ASCII into text; returns the length. */
static uint32_t number_text(double v, char text[RG_RT_NUMBER_CHARS]) {
  if (!(v > -9007199254740992.0 && v < 9007199254740992.0 && (double)(int64_t)v == v)) {
    return rg_rt_number_to_string(v, text);
  }
  /* Safe integers (the common case: counters, indexes) print as their exact digits, which is also
   * their shortest round-trip form; no need for the general algorithm. -0 prints as 0. */
  int64_t i = (int64_t)v;
  uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
  char tmp[20];
  uint32_t n = 0, len = 0;
  for (; m > 0xFFFFFFFFu; m /= 10) tmp[n++] = (char)('0' + m % 10);
  uint32_t w = (uint32_t)m; /* 32-bit division is much cheaper on Cortex-M */
  do {
    tmp[n++] = (char)('0' + w % 10);
    w /= 10;
  } while (w != 0);
  if (i < 0) text[len++] = '-';
  while (n > 0) text[len++] = tmp[--n];
  return len;
}

rg_val rg_str_from_number(rg_ctx_t *cx, double v) {
  char text[RG_RT_NUMBER_CHARS];
  uint32_t len = number_text(v, text);
  return rg_str_from_ascii(cx, text, len);
}

rg_val rg_str_template(rg_ctx_t *cx, uint32_t argc, const rg_val *argv) {
  /* Convert the parts that are neither strings nor numbers first (each may allocate), keeping them in
   * a small local array the stack scan sees; numbers are formatted straight into the result (measured
   * once, written once), so they leave no garbage. Then one allocation. Long templates go pairwise. */
  enum { PARTS = 16 };
  if (argc > PARTS) {
    rg_val acc = rg_str_template(cx, PARTS, argv);
    rg_val rest = rg_str_template(cx, argc - PARTS, argv + PARTS);
    return rg_str_concat(cx, acc, rest);
  }
  if (argc == 1) return rg_to_string(cx, argv[0]);
  rg_val parts[PARTS];
  char text[RG_RT_NUMBER_CHARS];
  uint64_t total = 0;
  for (uint32_t i = 0; i < argc; i++) {
    if (rg_is_num(argv[i])) {
      parts[i] = argv[i];
      total += number_text(rg_to_f64(argv[i]), text);
    } else {
      parts[i] = rg_to_string(cx, argv[i]);
      total += rg_str_of(parts[i])->length;
    }
  }
  if (total > RG_STR_MAX_LENGTH) rg_throw_error(cx, RG_ERROR_RANGE, "Invalid string length");
  if (total == 0) return rg_str_empty();
  rg_str_t *s = rg_str_new(cx, (uint32_t)total);
  uint32_t at = 0;
  for (uint32_t i = 0; i < argc; i++) {
    if (rg_is_num(parts[i])) {
      uint32_t n = number_text(rg_to_f64(parts[i]), text);
      for (uint32_t k = 0; k < n; k++) s->units[at++] = (uint8_t)text[k];
    } else {
      const rg_str_t *p = rg_str_of(parts[i]);
      for (uint32_t k = 0; k < p->length; k++) s->units[at++] = p->units[k];
    }
  }
  return rg_ptr(s);
}

/* Error.prototype.toString: "name: message", or just one of them when the other is empty. */
static rg_val error_to_string(rg_ctx_t *cx, rg_val v) {
  const rg_val *slots = (const rg_val *)rg_to_ptr(v);
  rg_val name = slots[RG_ERROR_SLOT_NAME], message = slots[RG_ERROR_SLOT_MESSAGE];
  name = rg_is_undefined(name) ? rg_str_from_ascii(cx, "Error", 5) : rg_to_string(cx, name);
  message = rg_is_undefined(message) ? rg_str_empty() : rg_to_string(cx, message);
  if (rg_str_of(name)->length == 0) return message;
  if (rg_str_of(message)->length == 0) return name;
  rg_val parts[3] = {name, rg_str_from_ascii(cx, ": ", 2), message};
  return rg_str_template(cx, 3, parts);
}

/* A class's own toString() method (or an inherited one), or an object literal's toString function, as
 * JavaScript's ToString calls it: the object's shape lists it under the property id of "toString". */
static bool own_to_string(rg_ctx_t *cx, rg_val v, rg_val *out) {
  const rg_shape_t *shape = rg_shape_of_type(cx, rg_type_of(v));
  if (shape == NULL || cx->keys == NULL) return false;
  static const uint16_t name[8] = {'t', 'o', 'S', 't', 'r', 'i', 'n', 'g'};
  for (uint32_t key = 0; key < cx->key_count; key++) {
    const rg_str_t *k = cx->keys[key];
    if (k == NULL || k->length != 8) continue;
    uint32_t i = 0;
    while (i < 8 && k->units[i] == name[i]) i++;
    if (i != 8) continue;
    for (uint32_t m = 0; m < shape->method_count; m++) {
      if (shape->method_keys[m] != key) continue;
      rg_val r = shape->methods[m](cx, v, 0, NULL);
      *out = rg_is_str(r) ? r : rg_to_string(cx, r);
      return true;
    }
    /* An object literal's function-valued toString property. */
    const rg_val *slots = (const rg_val *)rg_to_ptr(v);
    for (uint32_t j = 0; j < shape->slot_count; j++) {
      rg_val f = slots[j];
      if (shape->slot_keys[j] != key || !rg_is_ptr(f) || rg_type_of(f) != RG_TYPE_CLOSURE) continue;
      rg_val r = rg_call(cx, f, 0, NULL);
      *out = rg_is_str(r) ? r : rg_to_string(cx, r);
      return true;
    }
    return false;
  }
  return false;
}

rg_val rg_to_string(rg_ctx_t *cx, rg_val v) {
  if (rg_is_num(v)) return rg_str_from_number(cx, rg_to_f64(v));
  if (v == RG_UNDEFINED) return rg_ptr(&undefined_string.length);
  if (v == RG_NULL) return rg_ptr(&null_string.length);
  if (v == RG_TRUE) return rg_ptr(&true_string.length);
  if (v == RG_FALSE) return rg_ptr(&false_string.length);
  if (!rg_is_ptr(v)) return rg_str_from_ascii(cx, "[object Object]", 15);
  switch (rg_type_of(v)) {
    case RG_TYPE_STRING:
      return v;
    case RG_TYPE_ARRAY:
      return rg_arr_join(cx, v, RG_UNDEFINED);
    case RG_TYPE_TYPED:
      return rg_typed_join(cx, v, RG_UNDEFINED);
    case RG_TYPE_MAP:
      return ((const rg_map_t *)rg_to_ptr(v))->is_set != 0 ? rg_str_from_ascii(cx, "[object Set]", 12)
                                                          : rg_str_from_ascii(cx, "[object Map]", 12);
    case RG_TYPE_CLOSURE:
      return rg_str_from_ascii(cx, "function () { [native code] }", 29);
    case RG_TYPE_PROMISE:
      return rg_str_from_ascii(cx, "[object Promise]", 16);
    default:
      break;
  }
  rg_val custom;
  if (own_to_string(cx, v, &custom)) return custom;
  if (rg_is_error(cx, v)) return error_to_string(cx, v);
  return rg_str_from_ascii(cx, "[object Object]", 15);
}

rg_val rg_global_string(rg_ctx_t *cx, rg_val v) { return rg_to_string(cx, v); }

int32_t rg_str_compare(rg_val a, rg_val b) {
  const rg_str_t *sa = rg_str_of(a), *sb = rg_str_of(b);
  uint32_t n = sa->length < sb->length ? sa->length : sb->length;
  for (uint32_t i = 0; i < n; i++) {
    if (sa->units[i] != sb->units[i]) return (int32_t)sa->units[i] - (int32_t)sb->units[i];
  }
  return sa->length < sb->length ? -1 : sa->length > sb->length ? 1 : 0;
}

bool rg_str_equals(rg_val a, rg_val b) {
  if (a == b) return true;
  const rg_str_t *sa = rg_str_of(a), *sb = rg_str_of(b);
  if (sa->length != sb->length) return false;
  for (uint32_t i = 0; i < sa->length; i++) {
    if (sa->units[i] != sb->units[i]) return false;
  }
  return true;
}

uint32_t rg_str_hash(rg_val s) {
  const rg_str_t *str = rg_str_of(s);
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < str->length; i++) {
    h = (h ^ (str->units[i] & 0xFFu)) * 16777619u;
    h = (h ^ (uint32_t)(str->units[i] >> 8)) * 16777619u;
  }
  return h;
}

/* --- indexing ------------------------------------------------------------------------------------- */

double rg_str_to_integer(double v) {
  if (v != v) return 0.0;
  /* Truncation without libm: values of 2^52 and more (and infinities) are already integers. */
  if (v >= 4503599627370496.0 || v <= -4503599627370496.0) return v;
  double t = (double)(int64_t)v;
  return t == 0.0 ? 0.0 : t;
}

rg_val rg_str_sub(rg_ctx_t *cx, rg_val s, uint32_t from, uint32_t length) {
  const rg_str_t *str = rg_str_of(s);
  if (from == 0 && length == str->length) return s;
  if (length == 0) return rg_str_empty();
  if (length == 1) return rg_str_unit(cx, str->units[from]);
  rg_str_t *out = rg_str_new(cx, length);
  str = rg_str_of(s);
  for (uint32_t i = 0; i < length; i++) out->units[i] = str->units[from + i];
  return rg_ptr(out);
}

rg_val rg_str_at_index(rg_ctx_t *cx, rg_val s, double index) {
  const rg_str_t *str = rg_str_of(s);
  if (!(index >= 0 && index < (double)str->length)) return RG_UNDEFINED;
  uint32_t i = (uint32_t)index;
  if ((double)i != index) return RG_UNDEFINED;
  return rg_str_unit(cx, str->units[i]);
}

rg_val rg_str_char_at(rg_ctx_t *cx, rg_val self, double pos) {
  double p = rg_str_to_integer(pos);
  const rg_str_t *str = rg_str_of(self);
  if (!(p >= 0 && p < (double)str->length)) return rg_str_empty();
  return rg_str_unit(cx, str->units[(uint32_t)p]);
}

/* The code point at i (a surrogate pair's, or the unit itself) and its unit count in *units. */
static uint32_t code_point(const rg_str_t *str, uint32_t i, uint32_t *units) {
  uint32_t u = str->units[i];
  *units = 1;
  if (u >= 0xD800 && u <= 0xDBFF && i + 1 < str->length) {
    uint32_t lo = str->units[i + 1];
    if (lo >= 0xDC00 && lo <= 0xDFFF) {
      *units = 2;
      return 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
    }
  }
  return u;
}

rg_val rg_str_code_point_at(rg_ctx_t *cx, rg_val self, double pos) {
  (void)cx;
  double p = rg_str_to_integer(pos);
  const rg_str_t *str = rg_str_of(self);
  if (!(p >= 0 && p < (double)str->length)) return RG_UNDEFINED;
  uint32_t units;
  return rg_num((double)code_point(str, (uint32_t)p, &units));
}

rg_val rg_str_at(rg_ctx_t *cx, rg_val self, double index) {
  double p = rg_str_to_integer(index);
  const rg_str_t *str = rg_str_of(self);
  if (p < 0) p += (double)str->length;
  if (!(p >= 0 && p < (double)str->length)) return RG_UNDEFINED;
  return rg_str_unit(cx, str->units[(uint32_t)p]);
}

rg_val rg_str_next_code_point(rg_ctx_t *cx, rg_val s, uint32_t *pos) {
  const rg_str_t *str = rg_str_of(s);
  if (*pos >= str->length) return RG_UNDEFINED;
  uint32_t units;
  (void)code_point(str, *pos, &units);
  rg_val out = rg_str_sub(cx, s, *pos, units);
  *pos += units;
  return out;
}

rg_val rg_str_to_string(rg_ctx_t *cx, rg_val self) {
  (void)cx;
  return self;
}

rg_val rg_str_value_of(rg_ctx_t *cx, rg_val self) {
  (void)cx;
  return self;
}

/* --- String.fromCharCode / fromCodePoint ---------------------------------------------------------- */

rg_val rg_string_from_char_code(rg_ctx_t *cx, uint32_t argc, const rg_val *argv) {
  if (argc == 0) return rg_str_empty();
  if (argc == 1) return rg_str_unit(cx, (uint16_t)rg_rt_to_uint32(rg_to_f64(argv[0])));
  rg_str_t *s = rg_str_new(cx, argc);
  for (uint32_t i = 0; i < argc; i++) s->units[i] = (uint16_t)rg_rt_to_uint32(rg_to_f64(argv[i]));
  return rg_ptr(s);
}

rg_val rg_string_from_code_point(rg_ctx_t *cx, uint32_t argc, const rg_val *argv) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < argc; i++) {
    double v = rg_to_f64(argv[i]);
    if (!(v >= 0 && v <= 1114111.0) || rg_str_to_integer(v) != v) {
      rg_str_range_error_num(cx, "Invalid code point ", v);
    }
    n += v >= 65536.0 ? 2u : 1u;
  }
  if (n == 0) return rg_str_empty();
  rg_str_t *s = rg_str_new(cx, n);
  uint32_t at = 0;
  for (uint32_t i = 0; i < argc; i++) {
    uint32_t cp = (uint32_t)rg_to_f64(argv[i]);
    if (cp >= 0x10000) {
      s->units[at++] = (uint16_t)(0xD800 + ((cp - 0x10000) >> 10));
      s->units[at++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
    } else {
      s->units[at++] = (uint16_t)cp;
    }
  }
  if (n == 1 && s->units[0] < 128) return rg_str_unit(cx, s->units[0]);
  return rg_ptr(s);
}

_Noreturn void rg_str_range_error_num(rg_ctx_t *cx, const char *prefix, double v) {
  char message[96];
  uint32_t at = 0;
  while (prefix[at] != '\0' && at < 60) {
    message[at] = prefix[at];
    at++;
  }
  rg_rt_number_to_string(v, message + at);
  rg_throw_error(cx, RG_ERROR_RANGE, message);
}
