/* rt_str_parse.c: Number(s), parseFloat and parseInt, with exactly JavaScript's results.
 *
 * Decimal text becomes the correctly rounded double (round half to even) by exact big-integer
 * arithmetic: the significand times the power of ten for non-negative exponents, or the significand
 * divided by the power of ten, after a fast path for short inputs that is exact in plain double
 * arithmetic. Inputs of any length work: beyond 780 significant digits the rest only matters as
 * "something non-zero follows", which is enough to round correctly. Hexadecimal, octal and binary text
 * is rounded the same way. parseInt in the radixes where ECMAScript allows an approximation (3, 5, 6,
 * 7, 9, 11-15, 17-31, 33-36) reproduces V8's own accumulation, so results match Node bit for bit there
 * too.
 */
#include <stdint.h>
#include <string.h>

#include "rg_alloc.h"
#include "rg_str.h"
#include "rt_str_internal.h"

/* Significant decimal digits kept exactly; later ones only as a sticky non-zero digit. A double's
 * exact decimal expansion needs at most 767 significant digits to decide a rounding. */
#define MAX_DIGITS 780

/* Big-integer words the slow path may take from the stack; longer inputs use heap scratch. */
#define STACK_WORDS 40

static double from_bits(uint64_t bits) {
  double d;
  memcpy(&d, &bits, sizeof d);
  return d;
}

/* The double nearest to (q + a little when sticky) * 2^s, ties to even. */
static double make_double(uint64_t q, int32_t s, bool sticky) {
  if (q == 0) return 0.0;
  int32_t bl = 64 - __builtin_clzll(q);
  int32_t e = s + bl - 53; /* exponent of the result's last bit */
  if (e < -1074) e = -1074;
  int32_t t = e - s; /* bits to drop */
  if (t <= 0) {
    q <<= -t;
  } else {
    if (t > 64) return 0.0;
    uint64_t dropped = t == 64 ? q : q & ((1ull << t) - 1);
    uint64_t half = 1ull << (t - 1);
    q = t == 64 ? 0 : q >> t;
    if (dropped > half || (dropped == half && (sticky || (q & 1) != 0))) q++;
    if (q == (1ull << 53)) {
      q >>= 1;
      e++;
    }
  }
  if (e > 971) return RG_NUMBER_POSITIVE_INFINITY;
  if (q < (1ull << 52)) return from_bits(q);
  return from_bits(((uint64_t)(e + 1075) << 52) | (q & ((1ull << 52) - 1)));
}

/* The powers of ten that doubles hold exactly. */
static const double exact_powers[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* Digits of a decimal literal: the significand's digits, read through two spans of units (integer part
 * and fraction part) so no copy is needed. */
typedef struct {
  const uint16_t *int_digits;
  uint32_t int_count;
  const uint16_t *frac_digits;
  uint32_t frac_count;
  int64_t exponent; /* the literal's exponent part, saturated */
} decimal_t;

static uint32_t digit_at(const decimal_t *d, uint32_t k) {
  return k < d->int_count ? d->int_digits[k] - '0' : d->frac_digits[k - d->int_count] - '0';
}

/* The correctly rounded (unsigned) value of a decimal. */
static double decimal_value(rg_ctx_t *cx, const decimal_t *d) {
  uint32_t total = d->int_count + d->frac_count;
  uint32_t first = 0, last = total;
  while (first < total && digit_at(d, first) == 0) first++;
  if (first == total) return 0.0;
  while (digit_at(d, last - 1) == 0) last--;
  /* value = digits[first..last) * 10^e10 */
  int64_t e10 = d->exponent - (int64_t)d->frac_count + (int64_t)(total - last);
  uint32_t n = last - first;
  bool sticky = false;
  if (n > MAX_DIGITS) {
    e10 += n - MAX_DIGITS;
    n = MAX_DIGITS;
    sticky = true; /* the last dropped digit is non-zero (trailing zeros are gone) */
  }
  if ((int64_t)n + e10 > 310) return RG_NUMBER_POSITIVE_INFINITY;
  if ((int64_t)n + e10 < -324) return 0.0;

  if (n <= 15 && !sticky) {
    uint64_t v = 0;
    for (uint32_t k = first; k < first + n; k++) v = v * 10 + digit_at(d, k);
    double dv = (double)v; /* exact: below 10^15 */
    if (e10 >= -22 && e10 <= 22) return e10 >= 0 ? dv * exact_powers[e10] : dv / exact_powers[-e10];
    if (e10 > 22 && (int64_t)n + e10 - 22 <= 15) return dv * exact_powers[e10 - 22] * exact_powers[22];
  }

  /* Slow path, exact: D * 10^e10 as a big integer, or for e10 < 0 the quotient D / 10^-e10 by long
   * division, with a sticky digit 1 appended to D when digits were dropped. */
  int64_t mag = (int64_t)n + 1 + (e10 < 0 ? -e10 : e10);
  uint32_t words = (uint32_t)((mag * 3322) / 32000) + 8;
  uint32_t stack_words[3 * STACK_WORDS];
  uint32_t *store = stack_words;
  if (words > STACK_WORDS) store = (uint32_t *)rg_alloc(cx, RG_TYPE_BYTES, 12u * words);
  else words = STACK_WORDS;
  rg_str_bn_t num, den, tmp;
  rg_str_bn_init(&num, store, words);
  rg_str_bn_init(&den, store + words, words);
  rg_str_bn_init(&tmp, store + 2 * words, words);
  for (uint32_t k = first; k < first + n;) {
    /* Nine digits at a time. */
    uint32_t chunk = 0, mul = 1;
    for (uint32_t j = 0; j < 9 && k < first + n; j++, k++) {
      chunk = chunk * 10 + digit_at(d, k);
      mul *= 10;
    }
    rg_str_bn_mul_add_small(&num, mul, chunk);
  }
  if (sticky) {
    rg_str_bn_mul_add_small(&num, 10, 1);
    e10--;
  }
  if (e10 >= 0) {
    /* An integer: its top 56 bits and whether any bit below them is set decide the rounding. */
    rg_str_bn_mul_pow10(&num, (uint32_t)e10);
    int32_t drop = (int32_t)rg_str_bn_bit_length(&num) - 56;
    bool below = drop > 0 && rg_str_bn_shr(&num, (uint32_t)drop);
    return make_double(rg_str_bn_low64(&num), drop > 0 ? drop : 0, below);
  }
  rg_str_bn_set_u64(&den, 1);
  rg_str_bn_mul_pow10(&den, (uint32_t)-e10);
  /* Scale so that the quotient has 55 or 56 bits: q = floor(num / (den * 2^s)). */
  int32_t s = (int32_t)rg_str_bn_bit_length(&num) - (int32_t)rg_str_bn_bit_length(&den) - 55;
  if (s >= 0) {
    rg_str_bn_shl(&den, (uint32_t)s);
  } else {
    rg_str_bn_shl(&num, (uint32_t)-s);
  }
  uint64_t q = rg_str_bn_div(&num, &den, &tmp);
  return make_double(q, s, num.n != 0);
}

/* Parses a StrDecimalLiteral (sign, Infinity, digits, fraction, exponent) at units[0..len); returns the
 * units consumed (0 when there is none) and the value in *out. */
static uint32_t parse_decimal(rg_ctx_t *cx, const uint16_t *u, uint32_t len, double *out) {
  uint32_t i = 0;
  bool negative = false;
  if (i < len && (u[i] == '+' || u[i] == '-')) negative = u[i++] == '-';
  static const char infinity[] = "Infinity";
  uint32_t k = 0;
  while (k < 8 && i + k < len && u[i + k] == (uint16_t)infinity[k]) k++;
  if (k == 8) {
    *out = negative ? RG_NUMBER_NEGATIVE_INFINITY : RG_NUMBER_POSITIVE_INFINITY;
    return i + 8;
  }
  decimal_t d = {u + i, 0, u + i, 0, 0};
  while (i < len && u[i] >= '0' && u[i] <= '9') {
    i++;
    d.int_count++;
  }
  if (i < len && u[i] == '.') {
    d.frac_digits = u + i + 1;
    uint32_t j = i + 1;
    while (j < len && u[j] >= '0' && u[j] <= '9') j++;
    d.frac_count = j - (i + 1);
    if (d.int_count > 0 || d.frac_count > 0) i = j;
  }
  if (d.int_count == 0 && d.frac_count == 0) return 0;
  if (i < len && (u[i] == 'e' || u[i] == 'E')) {
    uint32_t j = i + 1;
    bool exp_negative = false;
    if (j < len && (u[j] == '+' || u[j] == '-')) exp_negative = u[j++] == '-';
    if (j < len && u[j] >= '0' && u[j] <= '9') {
      int64_t e = 0;
      while (j < len && u[j] >= '0' && u[j] <= '9') {
        if (e < 100000000) e = e * 10 + (u[j] - '0'); /* saturates far beyond any double's range */
        j++;
      }
      d.exponent = exp_negative ? -e : e;
      i = j;
    }
  }
  double v = decimal_value(cx, &d);
  *out = negative ? -v : v;
  return i;
}

static int digit_value(uint16_t c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

/* The correctly rounded value of digits u[0..len) in radix 2^bits (all valid digits). */
static double parse_pow2(const uint16_t *u, uint32_t len, uint32_t bits) {
  uint64_t q = 0;
  int32_t s = 0;
  bool sticky = false;
  for (uint32_t i = 0; i < len; i++) {
    uint32_t v = (uint32_t)digit_value(u[i]);
    if (q >> 56 == 0) {
      q = (q << bits) | v;
    } else {
      /* 57+ bits already: later digits only shift the scale and set the sticky bit. */
      s += (int32_t)bits;
      sticky = sticky || v != 0;
      if (s > 2000) return RG_NUMBER_POSITIVE_INFINITY;
    }
  }
  return make_double(q, s, sticky);
}

/* StringToNumber on units[from..to) already trimmed. */
static double string_to_number(rg_ctx_t *cx, const uint16_t *u, uint32_t len) {
  if (len == 0) return 0.0;
  if (len >= 2 && u[0] == '0') {
    uint32_t bits = 0;
    if (u[1] == 'x' || u[1] == 'X') bits = 4;
    if (u[1] == 'o' || u[1] == 'O') bits = 3;
    if (u[1] == 'b' || u[1] == 'B') bits = 1;
    if (bits != 0) {
      if (len == 2) return RG_NUMBER_NAN;
      for (uint32_t i = 2; i < len; i++) {
        if (digit_value(u[i]) >= (1 << bits)) return RG_NUMBER_NAN;
      }
      return parse_pow2(u + 2, len - 2, bits);
    }
  }
  double v;
  uint32_t used = parse_decimal(cx, u, len, &v);
  return used == len ? v : RG_NUMBER_NAN;
}

double rg_str_to_number(rg_ctx_t *cx, rg_val s) {
  const rg_str_t *str = rg_str_of(s);
  uint32_t from = 0, to = str->length;
  while (from < to && rg_str_is_space(str->units[from])) from++;
  while (to > from && rg_str_is_space(str->units[to - 1])) to--;
  return string_to_number(cx, str->units + from, to - from);
}

double rg_global_number(rg_ctx_t *cx, rg_val v) {
  if (rg_is_num(v)) return rg_to_f64(v);
  if (v == RG_UNDEFINED) return RG_NUMBER_NAN;
  if (v == RG_NULL || v == RG_FALSE) return 0.0;
  if (v == RG_TRUE) return 1.0;
  if (!rg_is_ptr(v)) return RG_NUMBER_NAN;
  uint32_t type = rg_type_of(v);
  if (type == RG_TYPE_STRING) return rg_str_to_number(cx, v);
  /* Arrays and typed arrays convert through their ToString ("" -> 0, "5" -> 5, "1,2" -> NaN). */
  if (type == RG_TYPE_ARRAY || type == RG_TYPE_TYPED) return rg_str_to_number(cx, rg_to_string(cx, v));
  return RG_NUMBER_NAN;
}

double rg_global_parse_float(rg_ctx_t *cx, rg_val s) {
  const rg_str_t *str = rg_str_of(s);
  uint32_t from = 0;
  while (from < str->length && rg_str_is_space(str->units[from])) from++;
  double v;
  return parse_decimal(cx, str->units + from, str->length - from, &v) > 0 ? v : RG_NUMBER_NAN;
}

double rg_number_parse_float(rg_ctx_t *cx, rg_val s) { return rg_global_parse_float(cx, s); }

/* V8's value for radixes that are neither 10 nor a power of two: 32-bit chunks folded into a double,
 * exactly as V8 computes it (ECMAScript allows an approximation there). */
static double parse_other_radix(const uint16_t *u, uint32_t len, uint32_t radix) {
  const uint32_t max_multiplier = 0xFFFFFFFFu / 36;
  double result = 0;
  uint32_t i = 0;
  while (i < len) {
    uint32_t part = 0, multiplier = 1;
    while (i < len) {
      uint32_t m = multiplier * radix;
      if (m > max_multiplier) break;
      part = part * radix + (uint32_t)digit_value(u[i]);
      multiplier = m;
      i++;
    }
    double scaled = result * (double)multiplier;
    result = scaled + (double)part;
  }
  return result;
}

double rg_global_parse_int(rg_ctx_t *cx, rg_val s, rg_val radix) {
  const rg_str_t *str = rg_str_of(s);
  const uint16_t *u = str->units;
  uint32_t i = 0, len = str->length;
  while (i < len && rg_str_is_space(u[i])) i++;
  bool negative = false;
  if (i < len && (u[i] == '+' || u[i] == '-')) negative = u[i++] == '-';
  int32_t r = rg_is_undefined(radix) ? 0 : rg_rt_to_int32(rg_to_f64(radix));
  bool strip_prefix = true;
  if (r != 0) {
    if (r < 2 || r > 36) return RG_NUMBER_NAN;
    if (r != 16) strip_prefix = false;
  } else {
    r = 10;
  }
  if (strip_prefix && i + 1 < len && u[i] == '0' && (u[i + 1] == 'x' || u[i + 1] == 'X')) {
    i += 2;
    r = 16;
  }
  uint32_t start = i;
  while (i < len && digit_value(u[i]) < r) i++;
  if (i == start) return RG_NUMBER_NAN;
  while (start < i - 1 && u[start] == '0') start++; /* leading zeros change nothing */
  double v;
  uint32_t n = i - start;
  switch (r) {
    case 2:
      v = parse_pow2(u + start, n, 1);
      break;
    case 4:
      v = parse_pow2(u + start, n, 2);
      break;
    case 8:
      v = parse_pow2(u + start, n, 3);
      break;
    case 16:
      v = parse_pow2(u + start, n, 4);
      break;
    case 32:
      v = parse_pow2(u + start, n, 5);
      break;
    case 10: {
      decimal_t d = {u + start, n, u + start, 0, 0};
      v = decimal_value(cx, &d);
      break;
    }
    default:
      v = parse_other_radix(u + start, n, (uint32_t)r);
      break;
  }
  return negative ? -v : v;
}

double rg_number_parse_int(rg_ctx_t *cx, rg_val s, rg_val radix) { return rg_global_parse_int(cx, s, radix); }

bool rg_global_is_nan(rg_ctx_t *cx, double v) {
  (void)cx;
  return v != v;
}

bool rg_global_is_finite(rg_ctx_t *cx, double v) {
  (void)cx;
  return v == v && v != RG_NUMBER_POSITIVE_INFINITY && v != RG_NUMBER_NEGATIVE_INFINITY;
}

bool rg_number_is_nan(rg_ctx_t *cx, double v) { return rg_global_is_nan(cx, v); }

bool rg_number_is_finite(rg_ctx_t *cx, double v) { return rg_global_is_finite(cx, v); }

bool rg_number_is_integer(rg_ctx_t *cx, double v) {
  return rg_global_is_finite(cx, v) && rg_str_to_integer(v) == v;
}

bool rg_number_is_safe_integer(rg_ctx_t *cx, double v) {
  return rg_number_is_integer(cx, v) && v <= RG_NUMBER_MAX_SAFE_INTEGER && v >= RG_NUMBER_MIN_SAFE_INTEGER;
}
