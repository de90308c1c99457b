/* host.c: the hand-written C benchmarks' harness as a host program (gcc, stdout, exit status).
 *
 * Used by tests/bench to check each main.c prints what Node prints for the TypeScript version; the
 * measured runs use app.c inside the regen kernel instead.
 */
#include <stdio.h>
#include <stdlib.h>

#include "bench.h"

void bench_result(const char *name, long value)
{
  printf("%s: %ld\n", name, value);
}

_Noreturn void bench_fail(const char *name, long value)
{
  printf("FAIL %s: %ld\n", name, value);
  fflush(stdout);
  exit(1);
}

int main(void)
{
  bench_main();
  return 0;
}
