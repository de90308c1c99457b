/* Mandelbrot: escape iterations of a 48 × 48 grid over [-2, 1] × [-1.5, 1.5], at most 50 per point. */
#include "bench.h"

#define ITERATIONS 1 /* bench: iterations */
#define MAX_ITER 50

static int escape_time(double cr, double ci)
{
  double zr = 0;
  double zi = 0;
  for (int n = 0; n < MAX_ITER; n++) {
    double zr2 = zr * zr;
    double zi2 = zi * zi;
    if (zr2 + zi2 > 4) return n;
    zi = 2 * zr * zi + ci;
    zr = zr2 - zi2 + cr;
  }
  return MAX_ITER;
}

static long render(int size)
{
  long total = 0;
  for (int y = 0; y < size; y++) {
    double ci = (3.0 * y) / size - 1.5;
    for (int x = 0; x < size; x++) total += escape_time((3.0 * x) / size - 2, ci);
  }
  return total;
}

void bench_main(void)
{
  long result = 0;
  for (int i = 0; i < ITERATIONS; i++) {
    result = render(48);
    if (result != 28783) bench_fail("Mandelbrot", result);
  }
  bench_result("Mandelbrot", result);
}
