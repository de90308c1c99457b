/* rt_str_format.c: Number.prototype.toFixed, toPrecision, toExponential and toString(radix).
 *
 * toFixed, toPrecision and toExponential are exact: the double's value m * 2^e is scaled by a power of
 * ten in big-integer arithmetic and rounded half away from zero, as ECMAScript specifies ("pick the
 * larger n"). toString with a radix other than 10 is not specified digit for digit; it reproduces V8's
 * algorithm (fraction digits generated in double arithmetic until they reach the input's precision,
 * rounded half to even, integer digits by repeated division), so the text matches Node's.
 */
#include <stdint.h>
#include <string.h>

#include "rg_str.h"
#include "rg_throw.h"
#include "rt_str_internal.h"

/* Words of the big integers here: the largest is m * 10^424 (toPrecision(100) of the smallest
 * subnormal), below 2^1470. */
#define FORMAT_WORDS 48

/* Digits of a formatted number; toFixed(100) of 1e21 - 1 has 121. */
#define DIGITS_CAP 136

static uint64_t bits_of(double v) {
  uint64_t b;
  memcpy(&b, &v, sizeof b);
  return b;
}

static double from_bits(uint64_t b) {
  double v;
  memcpy(&v, &b, sizeof v);
  return v;
}

static bool is_finite(double v) {
  return v == v && v != RG_NUMBER_POSITIVE_INFINITY && v != RG_NUMBER_NEGATIVE_INFINITY;
}

/* Splits a positive finite double into m * 2^e with integer m. */
static void split(double v, uint64_t *m, int32_t *e) {
  uint64_t b = bits_of(v);
  int32_t biased = (int32_t)((b >> 52) & 0x7FF);
  uint64_t frac = b & ((1ull << 52) - 1);
  if (biased == 0) {
    *m = frac;
    *e = -1074;
  } else {
    *m = frac | (1ull << 52);
    *e = biased - 1075;
  }
}

/* floor(x * log10(2)) for |x| <= 1700. */
static int32_t floor_log10_pow2(int32_t x) {
  int64_t p = (int64_t)x * 78913;
  return (int32_t)(p >= 0 ? p / 262144 : -((-p + 262143) / 262144));
}

/* The digits of n = round-half-up(v / 10^k) for positive v; returns their count (0 when they do not
 * fit DIGITS_CAP). */
static uint32_t scaled_digits(double v, int32_t k, char digits[DIGITS_CAP]) {
  uint32_t words[FORMAT_WORDS];
  rg_str_bn_t n;
  rg_str_bn_init(&n, words, FORMAT_WORDS);
  uint64_t m;
  int32_t e2;
  split(v, &m, &e2);
  rg_str_bn_set_u64(&n, m);
  if (e2 > 0) rg_str_bn_shl(&n, (uint32_t)e2);
  uint32_t a = e2 < 0 ? (uint32_t)-e2 : 0;
  if (k <= 0) {
    rg_str_bn_mul_pow10(&n, (uint32_t)-k);
    if (a > 0) {
      bool up = rg_str_bn_bit(&n, a - 1);
      rg_str_bn_shr(&n, a);
      if (up) rg_str_bn_mul_add_small(&n, 1, 1);
    }
  } else {
    /* floor by 2^a, then by 10^(k-1); the last digit dropped decides (ties round up). */
    if (a > 0) rg_str_bn_shr(&n, a);
    uint32_t rest = (uint32_t)k - 1;
    for (; rest >= 9; rest -= 9) rg_str_bn_div_small(&n, 1000000000u);
    static const uint32_t pow10[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if (rest > 0) rg_str_bn_div_small(&n, pow10[rest]);
    if (rg_str_bn_div_small(&n, 10) >= 5) rg_str_bn_mul_add_small(&n, 1, 1);
  }
  if (n.n * 10 > DIGITS_CAP) return 0;
  return rg_str_bn_to_decimal(&n, digits);
}

/* Exactly p significant digits of positive v (ties away from zero) and the decimal exponent of the
 * first: v ~ d.ddd * 10^*e. */
static void precise_digits(double v, uint32_t p, char digits[DIGITS_CAP], int32_t *e) {
  uint64_t m;
  int32_t e2;
  split(v, &m, &e2);
  int32_t bl = 63 - __builtin_clzll(m) + e2;
  int32_t guess = floor_log10_pow2(bl);
  for (int tries = 0; tries < 4; tries++) {
    uint32_t count = scaled_digits(v, guess - (int32_t)p + 1, digits);
    if (count == p) break;
    guess += count > p || count == 0 ? 1 : -1;
  }
  *e = guess;
}

static uint32_t put_exponent(char *out, uint32_t at, int32_t e) {
  out[at++] = 'e';
  out[at++] = e < 0 ? '-' : '+';
  uint32_t u = (uint32_t)(e < 0 ? -e : e);
  char tmp[4];
  uint32_t n = 0;
  do {
    tmp[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u != 0);
  while (n > 0) out[at++] = tmp[--n];
  return at;
}

rg_val rg_num_to_fixed(rg_ctx_t *cx, double self, rg_val digits) {
  double f = rg_str_arg_integer(digits, 0);
  if (!(f >= 0 && f <= 100)) {
    rg_throw_error(cx, RG_ERROR_RANGE, "toFixed() digits argument must be between 0 and 100");
  }
  if (!is_finite(self) || self >= 1e21 || self <= -1e21) return rg_str_from_number(cx, self);
  uint32_t fd = (uint32_t)f;
  char text[DIGITS_CAP + 8];
  uint32_t at = 0;
  if (self < 0) {
    text[at++] = '-';
    self = -self;
  }
  char d[DIGITS_CAP];
  uint32_t count = 1;
  d[0] = '0';
  if (self != 0) count = scaled_digits(self, -(int32_t)fd, d);
  if (fd == 0) {
    memcpy(text + at, d, count);
    return rg_str_from_ascii(cx, text, at + count);
  }
  /* At least one integer digit: left-pad with zeros, then the point before the last fd digits. */
  uint32_t pad = count <= fd ? fd + 1 - count : 0;
  uint32_t int_digits = count + pad - fd;
  for (uint32_t i = 0; i < pad + count; i++) {
    if (i == int_digits) text[at++] = '.';
    text[at++] = i < pad ? '0' : d[i - pad];
  }
  return rg_str_from_ascii(cx, text, at);
}

/* Shortest round-trip digits of positive v (read back from Number::toString's text) and the decimal
 * exponent of the first. */
static uint32_t shortest_digits(double v, char digits[DIGITS_CAP], int32_t *e) {
  char text[RG_RT_NUMBER_CHARS];
  uint32_t len = rg_rt_number_to_string(v, text);
  uint32_t count = 0, i = 0;
  int32_t before_point = -1, exp10 = 0;
  for (; i < len && text[i] != 'e'; i++) {
    if (text[i] == '.') {
      before_point = (int32_t)count;
    } else {
      digits[count++] = text[i];
    }
  }
  if (before_point < 0) before_point = (int32_t)count;
  if (i < len) {
    bool negative = text[i + 1] == '-';
    for (i += 2; i < len; i++) exp10 = exp10 * 10 + (text[i] - '0');
    if (negative) exp10 = -exp10;
  }
  uint32_t lead = 0;
  while (lead + 1 < count && digits[lead] == '0') lead++;
  memmove(digits, digits + lead, count - lead);
  count -= lead;
  while (count > 1 && digits[count - 1] == '0') count--;
  *e = before_point - 1 + exp10 - (int32_t)lead;
  return count;
}

rg_val rg_num_to_exponential(rg_ctx_t *cx, double self, rg_val digits) {
  double f = rg_str_arg_integer(digits, 0);
  if (!is_finite(self)) return rg_str_from_number(cx, self);
  if (!(f >= 0 && f <= 100)) {
    rg_throw_error(cx, RG_ERROR_RANGE, "toExponential() argument must be between 0 and 100");
  }
  char text[DIGITS_CAP + 16];
  uint32_t at = 0;
  if (self < 0) {
    text[at++] = '-';
    self = -self;
  }
  char d[DIGITS_CAP];
  uint32_t count;
  int32_t e = 0;
  if (self == 0) {
    count = rg_is_undefined(digits) ? 1 : (uint32_t)f + 1;
    memset(d, '0', count);
  } else if (rg_is_undefined(digits)) {
    count = shortest_digits(self, d, &e);
  } else {
    count = (uint32_t)f + 1;
    precise_digits(self, count, d, &e);
  }
  text[at++] = d[0];
  if (count > 1) {
    text[at++] = '.';
    for (uint32_t i = 1; i < count; i++) text[at++] = d[i];
  }
  at = put_exponent(text, at, e);
  return rg_str_from_ascii(cx, text, at);
}

rg_val rg_num_to_precision(rg_ctx_t *cx, double self, rg_val precision) {
  if (rg_is_undefined(precision)) return rg_str_from_number(cx, self);
  double pd = rg_str_to_integer(rg_to_f64(precision));
  if (!is_finite(self)) return rg_str_from_number(cx, self);
  if (!(pd >= 1 && pd <= 100)) {
    rg_throw_error(cx, RG_ERROR_RANGE, "toPrecision() argument must be between 1 and 100");
  }
  uint32_t p = (uint32_t)pd;
  char text[DIGITS_CAP + 16];
  uint32_t at = 0;
  if (self < 0) {
    text[at++] = '-';
    self = -self;
  }
  char d[DIGITS_CAP];
  int32_t e = 0;
  if (self == 0) {
    memset(d, '0', p);
  } else {
    precise_digits(self, p, d, &e);
  }
  if (e < -6 || e >= (int32_t)p) {
    text[at++] = d[0];
    if (p > 1) {
      text[at++] = '.';
      for (uint32_t i = 1; i < p; i++) text[at++] = d[i];
    }
    at = put_exponent(text, at, e);
  } else if (e >= 0) {
    for (uint32_t i = 0; i < p; i++) {
      if (i == (uint32_t)e + 1) text[at++] = '.';
      text[at++] = d[i];
    }
  } else {
    text[at++] = '0';
    text[at++] = '.';
    for (int32_t i = 0; i < -(e + 1); i++) text[at++] = '0';
    for (uint32_t i = 0; i < p; i++) text[at++] = d[i];
  }
  return rg_str_from_ascii(cx, text, at);
}

/* --- toString(radix) -------------------------------------------------------------------------------- */

static const char radix_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* floor for non-negative finite doubles, without libm. */
static double floor_positive(double v) {
  if (v >= 4503599627370496.0) return v;
  return (double)(uint64_t)v;
}

/* The exponent V8's Double::Exponent reports: value = significand * 2^exponent, 53-bit significand. */
static int32_t double_exponent(double v) {
  int32_t biased = (int32_t)((bits_of(v) >> 52) & 0x7FF);
  return biased == 0 ? -1074 : biased - 1075;
}

/* Runs V8's fraction-digit loop. With out == NULL it only measures: *len gets the digits kept and the
 * return value says whether rounding carried into the integer part. With out, writes the kept digits. */
static bool fraction_digits(double fraction, double delta, uint32_t radix, uint16_t *out, uint32_t *len) {
  uint32_t count = 0, run = 0; /* digits generated; trailing digits equal to radix - 1 */
  uint32_t keep = out != NULL ? *len : 0;
  bool carry = false;
  do {
    fraction *= radix;
    delta *= radix;
    uint32_t digit = (uint32_t)fraction;
    if (out != NULL && count < keep) out[count] = (uint16_t)radix_chars[digit];
    count++;
    run = digit == radix - 1 ? run + 1 : 0;
    fraction -= digit;
    if (fraction > 0.5 || (fraction == 0.5 && (digit & 1) != 0)) {
      if (fraction + delta > 1) {
        /* Round up: trailing (radix - 1) digits vanish, the digit before them grows by one, or the
         * carry reaches the integer part. */
        count -= run;
        if (count == 0) {
          carry = true;
        } else if (out != NULL) {
          uint16_t c = out[count - 1];
          uint32_t d = c > '9' ? (uint32_t)(c - 'a' + 10) : (uint32_t)(c - '0');
          out[count - 1] = (uint16_t)radix_chars[d + 1];
        }
        break;
      }
    }
  } while (fraction >= delta);
  if (out == NULL) *len = count;
  return carry;
}

/* Integer digits of integer (>= 0) in radix, V8's way (beyond 2^53 unrepresented digits are zeros),
 * written backwards ending at out[count - 1] when out is not NULL; returns the count. */
static uint32_t integer_digits(double integer, uint32_t radix, uint16_t *out) {
  uint32_t zeros = 0;
  while (double_exponent(integer / radix) > 0) {
    integer /= radix;
    zeros++;
  }
  uint32_t count = 0;
  double tmp = integer;
  do {
    double rem = rg_rt_fmod(tmp, (double)radix);
    tmp = (tmp - rem) / radix;
    count++;
  } while (tmp > 0);
  if (out != NULL) {
    uint32_t at = count;
    do {
      double rem = rg_rt_fmod(integer, (double)radix);
      out[--at] = (uint16_t)radix_chars[(uint32_t)rem];
      integer = (integer - rem) / radix;
    } while (integer > 0);
    for (uint32_t i = 0; i < zeros; i++) out[count + i] = '0';
  }
  return count + zeros;
}

static rg_val radix_string(rg_ctx_t *cx, double value, uint32_t radix) {
  bool negative = value < 0;
  if (negative) value = -value;
  double integer = floor_positive(value);
  double fraction = value - integer;
  double delta = 0.5 * (from_bits(bits_of(value) + 1) - value);
  double min_delta = from_bits(1);
  if (!(delta > min_delta)) delta = min_delta;
  uint32_t frac_len = 0;
  if (fraction >= delta && fraction_digits(fraction, delta, radix, NULL, &frac_len)) integer += 1;
  uint32_t int_len = integer_digits(integer, radix, NULL);
  uint32_t total = (negative ? 1u : 0u) + int_len + (frac_len > 0 ? 1 + frac_len : 0);
  rg_str_t *s = rg_str_new(cx, total);
  uint32_t at = 0;
  if (negative) s->units[at++] = '-';
  integer_digits(integer, radix, s->units + at);
  at += int_len;
  if (frac_len > 0) {
    s->units[at++] = '.';
    fraction_digits(fraction, delta, radix, s->units + at, &frac_len);
  }
  if (total == 1 && s->units[0] < 128) return rg_str_unit(cx, s->units[0]);
  return rg_ptr(s);
}

rg_val rg_num_to_string(rg_ctx_t *cx, double self, rg_val radix) {
  double r = rg_str_arg_integer(radix, 10);
  if (!(r >= 2 && r <= 36)) {
    rg_throw_error(cx, RG_ERROR_RANGE, "toString() radix argument must be between 2 and 36");
  }
  if (r == 10 || !is_finite(self)) return rg_str_from_number(cx, self);
  return radix_string(cx, self, (uint32_t)r);
}

double rg_num_value_of(rg_ctx_t *cx, double self) {
  (void)cx;
  return self;
}
