/* rt_number.c: JavaScript Number::toString for doubles, exactly.
 *
 * Finds the shortest decimal digit string that reads back as the same double (ties broken toward the
 * closest, then the even digit, as ECMAScript asks) with the free-format digit generation of Steele & White
 * as refined by Burger & Dybvig, on small fixed-size bignums kept on the stack, then lays the digits out with
 * ECMAScript's Number::toString rules (plain up to 21 integer digits, "0.000001" down to 1e-6, exponent form
 * otherwise). Exact for every double, including subnormals; uses no libc state and no floating-point
 * operation beyond reading the bits.
 */
#include <stdint.h>
#include <string.h>

#include "rg_rt.h"

/* 32-bit words per bignum. The largest value handled is r * 10 for the smallest subnormal scaled by
 * 10^324: below 2^1140, so 36 words suffice; 38 leaves slack. */
#define BN_WORDS 38

typedef struct {
  uint32_t w[BN_WORDS]; /* little-endian words */
  uint32_t n;           /* words in use; w[n-1] != 0 unless n == 0 */
} bn_t;

static void bn_trim(bn_t *a) {
  while (a->n > 0 && a->w[a->n - 1] == 0) a->n--;
}

static void bn_set_u64(bn_t *a, uint64_t v) {
  a->w[0] = (uint32_t)v;
  a->w[1] = (uint32_t)(v >> 32);
  a->n = 2;
  bn_trim(a);
}

static void bn_mul_small(bn_t *a, uint32_t m) {
  uint64_t carry = 0;
  for (uint32_t i = 0; i < a->n; i++) {
    uint64_t p = (uint64_t)a->w[i] * m + carry;
    a->w[i] = (uint32_t)p;
    carry = p >> 32;
  }
  if (carry != 0) a->w[a->n++] = (uint32_t)carry;
}

static void bn_shl(bn_t *a, uint32_t bits) {
  if (a->n == 0) return;
  uint32_t words = bits / 32, rest = bits % 32;
  if (rest != 0) {
    uint32_t carry = 0;
    for (uint32_t i = 0; i < a->n; i++) {
      uint32_t v = a->w[i];
      a->w[i] = (v << rest) | carry;
      carry = v >> (32 - rest);
    }
    if (carry != 0) a->w[a->n++] = carry;
  }
  if (words != 0) {
    for (uint32_t i = a->n; i-- > 0;) a->w[i + words] = a->w[i];
    for (uint32_t i = 0; i < words; i++) a->w[i] = 0;
    a->n += words;
  }
}

static void bn_mul_pow10(bn_t *a, uint32_t exp10) {
  /* 10^9 is the largest power of ten in a word: fewest passes. */
  while (exp10 >= 9) {
    bn_mul_small(a, 1000000000u);
    exp10 -= 9;
  }
  static const uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
  if (exp10 > 0) bn_mul_small(a, small[exp10]);
}

static int bn_cmp(const bn_t *a, const bn_t *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (uint32_t i = a->n; i-- > 0;) {
    if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
  }
  return 0;
}

/* dst = a + b (dst may alias neither). */
static void bn_add(bn_t *dst, const bn_t *a, const bn_t *b) {
  const bn_t *big = a->n >= b->n ? a : b;
  const bn_t *small = a->n >= b->n ? b : a;
  uint64_t carry = 0;
  for (uint32_t i = 0; i < big->n; i++) {
    uint64_t s = (uint64_t)big->w[i] + (i < small->n ? small->w[i] : 0) + carry;
    dst->w[i] = (uint32_t)s;
    carry = s >> 32;
  }
  dst->n = big->n;
  if (carry != 0) dst->w[dst->n++] = (uint32_t)carry;
}

/* a -= b, requires a >= b. */
static void bn_sub(bn_t *a, const bn_t *b) {
  uint32_t borrow = 0;
  for (uint32_t i = 0; i < a->n; i++) {
    uint64_t sub = (uint64_t)(i < b->n ? b->w[i] : 0) + borrow;
    borrow = (uint64_t)a->w[i] < sub ? 1u : 0u;
    a->w[i] = (uint32_t)((uint64_t)a->w[i] - sub);
  }
  bn_trim(a);
}

/* compares a + b with c, without a temporary bignum in the caller. */
static int bn_cmp_sum(const bn_t *a, const bn_t *b, const bn_t *c, bn_t *scratch) {
  bn_add(scratch, a, b);
  return bn_cmp(scratch, c);
}

/* floor(x * log10(2)) for |x| <= 1700, by the classic 78913 / 2^18 approximation (exact in that range). */
static int32_t floor_log10_pow2(int32_t x) {
  int64_t p = (int64_t)x * 78913;
  return (int32_t)(p >= 0 ? p / 262144 : -((-p + 262143) / 262144));
}

/* Shortest digits of a positive finite double: writes ASCII digits to digits, returns their count, and
 * sets *point so that the value is 0.DIGITS * 10^point. */
static uint32_t shortest_digits(uint64_t bits, char digits[20], int32_t *point) {
  uint64_t frac = bits & ((1ull << 52) - 1);
  int32_t biased = (int32_t)((bits >> 52) & 0x7ff);
  uint64_t f;
  int32_t e;
  if (biased == 0) {
    f = frac;
    e = -1074;
  } else {
    f = frac | (1ull << 52);
    e = biased - 1075;
  }
  /* The boundaries are exact midpoints to the neighbours; they read back as this double only when its
   * significand is even (round-half-even reading). */
  int even = (f & 1) == 0;
  /* At a power of two above the smallest normal, the gap below is half the gap above. */
  int lower_closer = frac == 0 && biased > 1;

  bn_t r, s, mplus, mminus, scratch;
  bn_set_u64(&r, f);
  bn_set_u64(&s, 1);
  bn_set_u64(&mplus, 1);
  bn_set_u64(&mminus, 1);
  /* value = r / s, gaps above/below = mplus / s and mminus / s, all times 2 (or 4) to keep integers. */
  if (e >= 0) {
    bn_shl(&r, (uint32_t)e + (lower_closer ? 2u : 1u));
    bn_shl(&s, lower_closer ? 2u : 1u);
    bn_shl(&mplus, (uint32_t)e + (lower_closer ? 1u : 0u));
    bn_shl(&mminus, (uint32_t)e);
  } else {
    bn_shl(&r, lower_closer ? 2u : 1u);
    bn_shl(&s, (uint32_t)(-e) + (lower_closer ? 2u : 1u));
    if (lower_closer) bn_shl(&mplus, 1);
  }

  int32_t bitlen = 64 - __builtin_clzll(f);
  int32_t k = floor_log10_pow2(bitlen + e - 1) + 1;
  if (k >= 0) {
    bn_mul_pow10(&s, (uint32_t)k);
  } else {
    bn_mul_pow10(&r, (uint32_t)-k);
    bn_mul_pow10(&mplus, (uint32_t)-k);
    bn_mul_pow10(&mminus, (uint32_t)-k);
  }
  /* The estimate can be one too small: make k the smallest with (value + gap above) below 10^k. */
  for (;;) {
    int c = bn_cmp_sum(&r, &mplus, &s, &scratch);
    if (even ? c >= 0 : c > 0) {
      bn_mul_small(&s, 10);
      k++;
    } else {
      break;
    }
  }
  *point = k;

  uint32_t count = 0;
  for (;;) {
    bn_mul_small(&r, 10);
    bn_mul_small(&mplus, 10);
    bn_mul_small(&mminus, 10);
    uint32_t d = 0;
    while (bn_cmp(&r, &s) >= 0) {
      bn_sub(&r, &s);
      d++;
    }
    int cmp_low = bn_cmp(&r, &mminus);
    int low = even ? cmp_low <= 0 : cmp_low < 0;
    int cmp_high = bn_cmp_sum(&r, &mplus, &s, &scratch);
    int high = even ? cmp_high >= 0 : cmp_high > 0;
    if (!low && !high) {
      digits[count++] = (char)('0' + d);
      continue;
    }
    if (low && high) {
      /* Both d and d+1 read back: take the closer, and the even one on a tie. */
      int c = bn_cmp_sum(&r, &r, &s, &scratch);
      if (c > 0 || (c == 0 && (d & 1) != 0)) d++;
    } else if (high) {
      d++;
    }
    digits[count++] = (char)('0' + d);
    break;
  }
  /* A rounded-up last digit of 10 would carry; the algorithm's invariants prevent it, but stay safe. */
  for (uint32_t i = count; i-- > 0 && digits[i] > '9';) {
    digits[i] = '0';
    if (i == 0) {
      memmove(digits + 1, digits, count);
      digits[0] = '1';
      count++;
      (*point)++;
    } else {
      digits[i - 1]++;
    }
  }
  while (count > 1 && digits[count - 1] == '0') count--;
  return count;
}

static uint32_t put_text(char *out, uint32_t at, const char *text) {
  while (*text != '\0') out[at++] = *text++;
  return at;
}

static uint32_t put_uint(char *out, uint32_t at, uint32_t v) {
  char tmp[10];
  uint32_t n = 0;
  do {
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
  } while (v != 0);
  while (n > 0) out[at++] = tmp[--n];
  return at;
}

static uint32_t format_number(double v, char out[RG_RT_NUMBER_CHARS], int minus_zero) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  int negative = (bits >> 63) != 0;
  uint64_t magnitude = bits & ~(1ull << 63);
  uint32_t at = 0;
  if (magnitude > 0x7ff0000000000000ull) {
    at = put_text(out, 0, "NaN");
  } else if (magnitude == 0x7ff0000000000000ull) {
    at = put_text(out, 0, negative ? "-Infinity" : "Infinity");
  } else if (magnitude == 0) {
    at = put_text(out, 0, negative && minus_zero ? "-0" : "0");
  } else {
    char digits[20];
    int32_t n;
    uint32_t k = shortest_digits(magnitude, digits, &n);
    if (negative) out[at++] = '-';
    if ((int32_t)k <= n && n <= 21) {
      for (uint32_t i = 0; i < k; i++) out[at++] = digits[i];
      for (int32_t i = (int32_t)k; i < n; i++) out[at++] = '0';
    } else if (0 < n && n <= 21) {
      for (int32_t i = 0; i < n; i++) out[at++] = digits[i];
      out[at++] = '.';
      for (uint32_t i = (uint32_t)n; i < k; i++) out[at++] = digits[i];
    } else if (-6 < n && n <= 0) {
      out[at++] = '0';
      out[at++] = '.';
      for (int32_t i = n; i < 0; i++) out[at++] = '0';
      for (uint32_t i = 0; i < k; i++) out[at++] = digits[i];
    } else {
      out[at++] = digits[0];
      if (k > 1) {
        out[at++] = '.';
        for (uint32_t i = 1; i < k; i++) out[at++] = digits[i];
      }
      out[at++] = 'e';
      int32_t exp10 = n - 1;
      out[at++] = exp10 < 0 ? '-' : '+';
      at = put_uint(out, at, (uint32_t)(exp10 < 0 ? -exp10 : exp10));
    }
  }
  out[at] = '\0';
  return at;
}

uint32_t rg_rt_number_to_string(double v, char out[RG_RT_NUMBER_CHARS]) {
  return format_number(v, out, 0);
}

uint32_t rg_rt_number_inspect(double v, char out[RG_RT_NUMBER_CHARS]) {
  return format_number(v, out, 1);
}
