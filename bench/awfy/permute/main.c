/* Permute: generates all permutations of 7 values by swapping (Heap's method), with a checksum. */
#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define N 7

typedef struct {
  int values[N];
  long count;
  long checksum;
} permuter_t;

static void swap(permuter_t *p, int i, int j)
{
  int t = p->values[i];
  p->values[i] = p->values[j];
  p->values[j] = t;
}

static void permute(permuter_t *p, int k)
{
  if (k == 1) {
    p->count++;
    /* Weighs the first two positions so that a wrong swap changes the sum. */
    p->checksum += p->values[0] * 7 + p->values[1];
    return;
  }
  for (int i = 0; i < k; i++) {
    permute(p, k - 1);
    swap(p, k % 2 == 0 ? i : 0, k - 1);
  }
}

static long run(void)
{
  permuter_t p = {{0}, 0, 0};
  for (int i = 0; i < N; i++) p.values[i] = i + 1;
  permute(&p, N);
  return p.count + p.checksum;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    result = run();
    if (result != 166320) bench_fail("Permute", result);
  }
  bench_result("Permute", result);
}
