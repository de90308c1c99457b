/* app.c: the hand-written C benchmarks' harness as a regen app module (any board).
 *
 * tools/bench/awfy-firmware.ts builds a one-file app: `#define BENCH_APP_ID <id>`, then main.c, then
 * this file. The app's start runs bench_main once; the result line goes out through the kernel's log
 * syscall, and the app ends with exit status 0, or 1 after a failed check. The benchmark's own statics
 * are ordinary .data/.bss of the app object, which the build places in the app's RAM block.
 */
#include <stdint.h>

#include "bench.h"
#include "rg_app.h"
#include "rg_syscall.h"

#define BENCH_CONCAT2(a, b) a##b
#define BENCH_CONCAT(a, b) BENCH_CONCAT2(a, b)

/* "<prefix><name>: <value>" sent as one log line. 96 bytes hold any name here plus a long. */
static void send_line(const char *prefix, const char *name, long value)
{
  char line[96];
  uint32_t n = 0;
  for (const char *p = prefix; *p != '\0' && n < 60u; p++) line[n++] = *p;
  for (const char *p = name; *p != '\0' && n < 60u; p++) line[n++] = *p;
  line[n++] = ':';
  line[n++] = ' ';
  unsigned long magnitude = value < 0 ? 0ul - (unsigned long)value : (unsigned long)value;
  if (value < 0) line[n++] = '-';
  char digits[24];
  uint32_t d = 0;
  do {
    digits[d++] = (char)('0' + magnitude % 10u);
    magnitude /= 10u;
  } while (magnitude != 0u);
  while (d > 0u) line[n++] = digits[--d];
  rg_syscall(RG_SYS_LOG, (uint32_t)(uintptr_t)line, n, 0);
}

void bench_result(const char *name, long value)
{
  send_line("", name, value);
}

_Noreturn void bench_fail(const char *name, long value)
{
  send_line("FAIL ", name, value);
  rg_syscall(RG_SYS_EXIT, 1, 0, 0);
  for (;;) {
  }
}

static void bench_app_main(void)
{
  bench_main();
  rg_syscall(RG_SYS_EXIT, 0, 0, 0);
}

/* The kernel zeroes an app's globals before each start; the benchmarks initialise their own state. */
static struct {
  uint32_t unused;
} s_globals;

const rg_app_code_t BENCH_CONCAT(rg_app_code_, BENCH_APP_ID) = {bench_app_main, &s_globals, sizeof s_globals};
