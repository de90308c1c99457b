/* Sieve: counts the primes up to 5000 with the sieve of Eratosthenes over a static flag array. */
#include <stdbool.h>
#include <string.h>

#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define SIEVE_SIZE 5000

static bool s_composite[SIEVE_SIZE + 1];

static int sieve(int size)
{
  memset(s_composite, 0, sizeof s_composite);
  int primes = 0;
  for (int p = 2; p <= size; p++) {
    if (!s_composite[p]) {
      primes++;
      for (int m = p * p; m <= size; m += p) s_composite[m] = true;
    }
  }
  return primes;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    result = sieve(SIEVE_SIZE);
    if (result != 669) bench_fail("Sieve", result);
  }
  bench_result("Sieve", result);
}
