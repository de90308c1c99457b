/* native-no-timers.c: an LD_PRELOAD shim that keeps the native board's real-time limits out of a
 * valgrind measurement.
 *
 * The native board arms its per-callback time budget and its watchdog with timer_settime on the real
 * clock. Valgrind runs code tens of times slower than real time, so a benchmark that takes 20 ms
 * natively would trip the 500 ms budget. This shim makes timer_settime do nothing; the code measured is
 * otherwise the firmware `regen run --board native` runs.
 */
#define _POSIX_C_SOURCE 200809L

#include <stddef.h>
#include <time.h>

int timer_settime(timer_t timer, int flags, const struct itimerspec *value, struct itimerspec *old)
{
  (void)timer;
  (void)flags;
  (void)value;
  if (old != NULL) {
    old->it_interval.tv_sec = 0;
    old->it_interval.tv_nsec = 0;
    old->it_value.tv_sec = 0;
    old->it_value.tv_nsec = 0;
  }
  return 0;
}
