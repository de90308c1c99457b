/* math-harness.c: evaluates the runtime's Math functions on inputs from stdin, for tests/runtime/math*.test.ts.
 *
 * Each input line is `name n x1 ... xn`: a function name (the JavaScript one: sin, pow, max, ...), the
 * argument count n in hex, and n arguments, each the 16 hex digits of a double's bits. Each output line
 * is the result's bits in hex, so the test compares bit for bit with what Node computes. Functions with
 * a rest parameter (max, min, hypot) take any n; `max2`, `min2`, `hypot2` are the fixed-arity fast
 * paths, `sqrt_digits` the integer square root Cortex-M uses, `rt_pow` the `**` operator, and
 * `random 2 seed count` prints the first count numbers of the generator seeded with the bits of seed.
 * `add`, `sub`, `mul`, `div` and the conversions `i2d`, `ui2d`, `l2d`, `ul2d` (from the argument's bits
 * as an integer) and `f2d` (from its low 32 bits as a float) check the double arithmetic itself, which
 * is software on Cortex-M. The same file builds bare for Cortex-M (tests/runtime/math-cortex-m.ld),
 * where stdin and stdout go through semihosting.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "rg_math.h"
#include "rg_rt.h"

double rg_math_sqrt_digits(double x);

/* rt_math_random.c seeds from the kernel when unseeded; the harness always seeds first, but links
 * these stand-ins for the kernel calls. */
double rg_rt_now(void) {
  return 0.0;
}
uint32_t rg_rt_start_info(void) {
  return 0;
}

#define MAX_ARGS 16

static uint64_t bits_of(double v) {
  uint64_t b;
  memcpy(&b, &v, sizeof b);
  return b;
}

static double double_of(uint64_t b) {
  double v;
  memcpy(&v, &b, sizeof v);
  return v;
}

typedef double (*unary_t)(double);
typedef double (*binary_t)(double, double);

static const struct {
  const char *name;
  unary_t fn;
} unary[] = {
    {"abs", rg_math_abs},       {"acos", rg_math_acos},   {"acosh", rg_math_acosh},
    {"asin", rg_math_asin},     {"asinh", rg_math_asinh}, {"atan", rg_math_atan},
    {"atanh", rg_math_atanh},   {"cbrt", rg_math_cbrt},   {"ceil", rg_math_ceil},
    {"clz32", rg_math_clz32},   {"cos", rg_math_cos},     {"cosh", rg_math_cosh},
    {"exp", rg_math_exp},       {"expm1", rg_math_expm1}, {"floor", rg_math_floor},
    {"fround", rg_math_fround}, {"log", rg_math_log},     {"log1p", rg_math_log1p},
    {"log10", rg_math_log10},   {"log2", rg_math_log2},   {"round", rg_math_round},
    {"sign", rg_math_sign},     {"sin", rg_math_sin},     {"sinh", rg_math_sinh},
    {"sqrt", rg_math_sqrt},     {"tan", rg_math_tan},     {"tanh", rg_math_tanh},
    {"trunc", rg_math_trunc},   {"sqrt_digits", rg_math_sqrt_digits},
};

/* The basic operations and conversions, which compile to soft-float library calls on Cortex-M. */
static double add(double a, double b) {
  return a + b;
}
static double sub(double a, double b) {
  return a - b;
}
static double mul(double a, double b) {
  return a * b;
}
static double divide(double a, double b) {
  return a / b;
}
/* Conversions read their operand's bits as the integer or float to convert. */
static double i2d(double x) {
  return (double)(int32_t)(uint32_t)bits_of(x);
}
static double ui2d(double x) {
  return (double)(uint32_t)bits_of(x);
}
static double l2d(double x) {
  return (double)(int64_t)bits_of(x);
}
static double ul2d(double x) {
  return (double)bits_of(x);
}
static double f2d(double x) {
  uint32_t low = (uint32_t)bits_of(x);
  float f;
  memcpy(&f, &low, sizeof f);
  return (double)f;
}

static const struct {
  const char *name;
  unary_t fn;
} conversions[] = {
    {"i2d", i2d}, {"ui2d", ui2d}, {"l2d", l2d}, {"ul2d", ul2d}, {"f2d", f2d},
};

static const struct {
  const char *name;
  binary_t fn;
} binary[] = {
    {"add", add},
    {"sub", sub},
    {"mul", mul},
    {"div", divide},
    {"atan2", rg_math_atan2}, {"pow", rg_math_pow},   {"imul", rg_math_imul},   {"max2", rg_math_max2},
    {"min2", rg_math_min2},   {"hypot2", rg_math_hypot2}, {"rt_pow", rg_rt_pow},
};

/* Hex in and out by hand: newlib's <inttypes.h> has no PRIx64 under -std=c11. */
static void put(double v) {
  static const char digits[] = "0123456789abcdef";
  uint64_t b = bits_of(v);
  char text[18];
  for (int i = 15; i >= 0; i--) {
    text[i] = digits[b & 15u];
    b >>= 4;
  }
  text[16] = '\n';
  text[17] = '\0';
  fputs(text, stdout);
}

/* Parses 1-16 hex digits at *p, advancing it; returns -1 when there are none. */
static int parse_hex(const char **p, uint64_t *out) {
  while (**p == ' ') (*p)++;
  uint64_t v = 0;
  int n = 0;
  for (;; n++, (*p)++) {
    char c = **p;
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (d < 0) break;
    v = (v << 4) | (uint64_t)d;
  }
  *out = v;
  return n > 0 && n <= 16 ? 0 : -1;
}

/* Runs one input line; returns 0, or -1 for an unknown function or a bad argument count. */
static int run(const char *name, uint32_t n, const double *x) {
  for (size_t i = 0; i < sizeof unary / sizeof unary[0]; i++) {
    if (strcmp(name, unary[i].name) == 0) {
      if (n != 1) return -1;
      put(unary[i].fn(x[0]));
      return 0;
    }
  }
  for (size_t i = 0; i < sizeof conversions / sizeof conversions[0]; i++) {
    if (strcmp(name, conversions[i].name) == 0) {
      if (n != 1) return -1;
      put(conversions[i].fn(x[0]));
      return 0;
    }
  }
  for (size_t i = 0; i < sizeof binary / sizeof binary[0]; i++) {
    if (strcmp(name, binary[i].name) == 0) {
      if (n != 2) return -1;
      put(binary[i].fn(x[0], x[1]));
      return 0;
    }
  }
  rg_val boxed[MAX_ARGS];
  for (uint32_t i = 0; i < n; i++) boxed[i] = rg_num_raw(x[i]);
  if (strcmp(name, "max") == 0) {
    put(rg_math_max(n, boxed));
  } else if (strcmp(name, "min") == 0) {
    put(rg_math_min(n, boxed));
  } else if (strcmp(name, "hypot") == 0) {
    put(rg_math_hypot(n, boxed));
  } else if (strcmp(name, "random") == 0 && n == 2) {
    rg_ctx_t cx;
    memset(&cx, 0, sizeof cx);
    rg_math_random_seed(&cx, bits_of(x[0]));
    uint64_t count = (uint64_t)x[1];
    for (uint64_t i = 0; i < count; i++) put(rg_math_random(&cx));
  } else {
    return -1;
  }
  return 0;
}

int main(void) {
  static char line[32 + 20 * MAX_ARGS];
  while (fgets(line, sizeof line, stdin) != 0) {
    char name[32];
    const char *p = line;
    size_t len = 0;
    while (*p != ' ' && *p != '\n' && *p != '\0' && len < sizeof name - 1) name[len++] = *p++;
    name[len] = '\0';
    if (len == 0) continue;
    uint64_t n;
    if (parse_hex(&p, &n) != 0 || n > MAX_ARGS) return 2;
    double x[MAX_ARGS];
    for (uint32_t i = 0; i < n; i++) {
      uint64_t b;
      if (parse_hex(&p, &b) != 0) return 2;
      x[i] = double_of(b);
    }
    if (run(name, (uint32_t)n, x) != 0) {
      printf("error: %s with %u arguments\n", name, (unsigned)n);
      return 2;
    }
  }
  return 0;
}
