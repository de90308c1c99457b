/* rt_math_random.c: Math.random, a per-app xorshift128+ generator.
 *
 * The runtime has no globals, so the 128-bit state lives in the app's rg_ctx_t, which the kernel
 * zeroes before every start. An all-zero state means "not seeded yet": the first call seeds it from
 * the kernel's millisecond clock, the app's start info (which counts restarts) and the context's
 * address, so every start of an app gets a different sequence. xorshift128+ is also what V8 uses, but
 * the seeds differ, so results are never comparable with Node's; programs that must print the same
 * output under Node and compiled do not print random numbers. Not suitable for secrets.
 */
#include <stdint.h>

#include "rg_math.h"
#include "rg_rt.h"
#include "rt_math_internal.h"

/* SplitMix64: spreads any 64-bit value (consecutive ones included) over all 64 bits. */
static uint64_t splitmix(uint64_t *counter) {
  uint64_t z = (*counter += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

void rg_math_random_seed(rg_ctx_t *cx, uint64_t seed) {
  uint64_t counter = seed;
  cx->random_state[0] = splitmix(&counter);
  cx->random_state[1] = splitmix(&counter);
  /* Two consecutive SplitMix64 outputs are never both zero, so the generator cannot get stuck. */
}

double rg_math_random(rg_ctx_t *cx) {
  if ((cx->random_state[0] | cx->random_state[1]) == 0) {
    uint64_t seed = ((uint64_t)rg_rt_start_info() << 32) ^ (uint64_t)(uint32_t)rg_rt_now() ^
                    ((uint64_t)(uintptr_t)cx << 17);
    rg_math_random_seed(cx, seed);
  }
  uint64_t s1 = cx->random_state[0];
  uint64_t s0 = cx->random_state[1];
  cx->random_state[0] = s0;
  s1 ^= s1 << 23;
  s1 ^= s1 >> 17;
  s1 ^= s0;
  s1 ^= s0 >> 26;
  cx->random_state[1] = s1;
  /* The top 52 bits of the output (the "+": the sum of the two state words) as the significand of a
   * number in [1, 2), minus 1: exact, uniform on the multiples of 2^-52 in [0, 1). */
  return rt_math_double(((s1 + s0) >> 12) | 0x3FF0000000000000ull) - 1.0;
}
