/* rt_str_bignum.c: the small big-integer toolkit behind exact number parsing and formatting.
 *
 * Decimal-to-double parsing and toFixed/toPrecision/toExponential need exact arithmetic on integers of
 * up to a few thousand bits. These operations are the few they need, on word arrays owned by the caller
 * (rt_str_internal.h), written for clarity over speed: the common cases never reach them (short decimal
 * inputs take an exact floating-point fast path).
 */
#include <stdint.h>

#include "rt_str_internal.h"

static void trim(rg_str_bn_t *a) {
  while (a->n > 0 && a->w[a->n - 1] == 0) a->n--;
}

void rg_str_bn_init(rg_str_bn_t *a, uint32_t *words, uint32_t cap) {
  a->w = words;
  a->n = 0;
  a->cap = cap;
}

void rg_str_bn_set_u64(rg_str_bn_t *a, uint64_t v) {
  a->w[0] = (uint32_t)v;
  a->w[1] = (uint32_t)(v >> 32);
  a->n = 2;
  trim(a);
}

void rg_str_bn_copy(rg_str_bn_t *dst, const rg_str_bn_t *src) {
  for (uint32_t i = 0; i < src->n; i++) dst->w[i] = src->w[i];
  dst->n = src->n;
}

void rg_str_bn_mul_add_small(rg_str_bn_t *a, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (uint32_t i = 0; i < a->n; i++) {
    uint64_t p = (uint64_t)a->w[i] * m + carry;
    a->w[i] = (uint32_t)p;
    carry = p >> 32;
  }
  if (carry != 0 && a->n < a->cap) a->w[a->n++] = (uint32_t)carry;
}

void rg_str_bn_mul_pow10(rg_str_bn_t *a, uint32_t e) {
  static const uint32_t small[10] = {1,      10,      100,      1000,      10000,
                                     100000, 1000000, 10000000, 100000000, 1000000000};
  while (e >= 9) {
    rg_str_bn_mul_add_small(a, small[9], 0);
    e -= 9;
  }
  if (e > 0) rg_str_bn_mul_add_small(a, small[e], 0);
}

void rg_str_bn_shl(rg_str_bn_t *a, uint32_t bits) {
  if (a->n == 0) return;
  uint32_t words = bits / 32, rest = bits % 32;
  if (rest != 0) {
    uint32_t carry = 0;
    for (uint32_t i = 0; i < a->n; i++) {
      uint32_t v = a->w[i];
      a->w[i] = (v << rest) | carry;
      carry = v >> (32 - rest);
    }
    if (carry != 0 && a->n < a->cap) a->w[a->n++] = carry;
  }
  if (words != 0) {
    uint32_t n = a->n + words > a->cap ? a->cap - words : a->n;
    for (uint32_t i = n; i-- > 0;) a->w[i + words] = a->w[i];
    for (uint32_t i = 0; i < words; i++) a->w[i] = 0;
    a->n = n + words;
  }
}

bool rg_str_bn_shr(rg_str_bn_t *a, uint32_t bits) {
  uint32_t words = bits / 32, rest = bits % 32;
  bool sticky = false;
  if (words >= a->n) {
    sticky = a->n != 0;
    a->n = 0;
    return sticky;
  }
  for (uint32_t i = 0; i < words; i++) sticky = sticky || a->w[i] != 0;
  uint32_t n = a->n - words;
  for (uint32_t i = 0; i < n; i++) a->w[i] = a->w[i + words];
  a->n = n;
  if (rest != 0) {
    sticky = sticky || (a->w[0] & ((1u << rest) - 1)) != 0;
    for (uint32_t i = 0; i < n; i++) {
      uint32_t hi = i + 1 < n ? a->w[i + 1] : 0;
      a->w[i] = (a->w[i] >> rest) | (hi << (32 - rest));
    }
  }
  trim(a);
  return sticky;
}

bool rg_str_bn_bit(const rg_str_bn_t *a, uint32_t i) {
  uint32_t word = i / 32;
  return word < a->n && ((a->w[word] >> (i % 32)) & 1u) != 0;
}

uint32_t rg_str_bn_div_small(rg_str_bn_t *a, uint32_t d) {
  uint64_t rem = 0;
  for (uint32_t i = a->n; i-- > 0;) {
    uint64_t cur = (rem << 32) | a->w[i];
    a->w[i] = (uint32_t)(cur / d);
    rem = cur % d;
  }
  trim(a);
  return (uint32_t)rem;
}

int rg_str_bn_cmp(const rg_str_bn_t *a, const rg_str_bn_t *b) {
  if (a->n != b->n) return a->n < b->n ? -1 : 1;
  for (uint32_t i = a->n; i-- > 0;) {
    if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
  }
  return 0;
}

void rg_str_bn_sub(rg_str_bn_t *a, const rg_str_bn_t *b) {
  uint32_t borrow = 0;
  for (uint32_t i = 0; i < a->n; i++) {
    uint64_t sub = (uint64_t)(i < b->n ? b->w[i] : 0) + borrow;
    borrow = (uint64_t)a->w[i] < sub ? 1u : 0u;
    a->w[i] = (uint32_t)((uint64_t)a->w[i] - sub);
  }
  trim(a);
}

uint32_t rg_str_bn_bit_length(const rg_str_bn_t *a) {
  if (a->n == 0) return 0;
  return 32 * (a->n - 1) + (32 - (uint32_t)__builtin_clz(a->w[a->n - 1]));
}

uint64_t rg_str_bn_low64(const rg_str_bn_t *a) {
  uint64_t v = a->n > 0 ? a->w[0] : 0;
  if (a->n > 1) v |= (uint64_t)a->w[1] << 32;
  return v;
}

uint32_t rg_str_bn_to_decimal(rg_str_bn_t *a, char *out) {
  /* Nine digits per division by 10^9, least significant group first, then reversed. */
  uint32_t count = 0;
  do {
    uint32_t group = rg_str_bn_div_small(a, 1000000000u);
    for (int i = 0; i < 9; i++) {
      out[count++] = (char)('0' + group % 10);
      group /= 10;
      if (a->n == 0 && group == 0) break;
    }
  } while (a->n != 0);
  for (uint32_t i = 0, j = count - 1; i < j; i++, j--) {
    char t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
  return count;
}

uint64_t rg_str_bn_bits(const rg_str_bn_t *a, uint32_t from) {
  uint32_t w = from / 32, r = from % 32;
  uint64_t x0 = w < a->n ? a->w[w] : 0;
  uint64_t x1 = w + 1 < a->n ? a->w[w + 1] : 0;
  uint64_t x2 = w + 2 < a->n ? a->w[w + 2] : 0;
  if (r == 0) return x0 | (x1 << 32);
  return (x0 >> r) | (x1 << (32 - r)) | (x2 << (64 - r));
}

uint64_t rg_str_bn_div(rg_str_bn_t *num, const rg_str_bn_t *den, rg_str_bn_t *tmp) {
  uint32_t bd = rg_str_bn_bit_length(den);
  if (bd <= 32) {
    /* A one-word divisor divides exactly in one pass. */
    uint32_t rem = rg_str_bn_div_small(num, den->w[0]);
    uint64_t q = rg_str_bn_low64(num);
    rg_str_bn_set_u64(num, rem);
    return q;
  }
  /* Subtract multiples of den estimated from the leading bits: den < dtop * 2^dshift and
   * num >= ntop * 2^nshift, so ntop / dtop * 2^(nshift - dshift) never overshoots, and each round
   * leaves a quotient about 2^31 times smaller. */
  uint32_t dshift = bd - 32;
  uint64_t dtop = rg_str_bn_bits(den, dshift) + 1;
  uint64_t q = 0;
  while (rg_str_bn_cmp(num, den) >= 0) {
    uint32_t bn = rg_str_bn_bit_length(num);
    uint32_t nshift = bn > 64 ? bn - 64 : 0;
    uint64_t e = rg_str_bn_bits(num, nshift) / dtop;
    int32_t sh = (int32_t)nshift - (int32_t)dshift;
    if (e >> 32 != 0) {
      uint32_t extra = 32 - (uint32_t)__builtin_clzll(e);
      e >>= extra;
      sh += (int32_t)extra;
    }
    if (sh < 0) {
      e = -sh >= 64 ? 0 : e >> -sh;
      sh = 0;
    }
    if (e == 0) {
      rg_str_bn_sub(num, den);
      q += 1;
      continue;
    }
    rg_str_bn_copy(tmp, den);
    rg_str_bn_mul_add_small(tmp, (uint32_t)e, 0);
    rg_str_bn_shl(tmp, (uint32_t)sh);
    rg_str_bn_sub(num, tmp);
    q += e << sh;
  }
  return q;
}
