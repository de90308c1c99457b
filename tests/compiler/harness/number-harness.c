/* number-harness.c: runs the app runtime's pure number functions on inputs from stdin, for the tests.
 *
 * tests/compiler/number-format.test.ts compiles this with the host gcc together with runtime-c/rt/rt_number.c
 * and rt_math.c, feeds it lines `op a b` (a, b as 16 hex digits of a double's bits) and compares every output
 * line with what Node computes for the same inputs. Ops: s = String(a), i = util.inspect(a), t = ToInt32(a),
 * u = ToUint32(a), m = a % b, p = a ** b (printed as hex bits).
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "rg_rt.h"

static double from_bits(uint64_t bits) {
  double v;
  memcpy(&v, &bits, sizeof v);
  return v;
}

static uint64_t to_bits(double v) {
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  return bits;
}

int main(void) {
  char op;
  uint64_t a, b;
  char text[RG_RT_NUMBER_CHARS];
  while (scanf(" %c %" SCNx64 " %" SCNx64, &op, &a, &b) == 3) {
    double x = from_bits(a), y = from_bits(b);
    switch (op) {
      case 's':
        rg_rt_number_to_string(x, text);
        puts(text);
        break;
      case 'i':
        rg_rt_number_inspect(x, text);
        puts(text);
        break;
      case 't':
        printf("%" PRId32 "\n", rg_rt_to_int32(x));
        break;
      case 'u':
        printf("%" PRIu32 "\n", rg_rt_to_uint32(x));
        break;
      case 'm':
        printf("%016" PRIx64 "\n", to_bits(rg_rt_fmod(x, y)));
        break;
      case 'p':
        printf("%016" PRIx64 "\n", to_bits(rg_rt_pow(x, y)));
        break;
      default:
        puts("?");
        break;
    }
  }
  return 0;
}
