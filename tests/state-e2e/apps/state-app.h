/* state-app.h: helpers for the state end-to-end tests' hand-written C apps.
 *
 * The apps follow rg_app.h as compiled TypeScript does and reach the kernel only through rg_syscall, so
 * they exercise the same state_save / state_load paths a compiled app's saveState / loadState take.
 */
#ifndef STATE_APP_H
#define STATE_APP_H

#include <stdint.h>

#include "rg_syscall.h"

#define PTR(p) ((uint32_t)(uintptr_t)(p))

/* Logs `prefix` followed by the decimal value of `v` (negative values with a minus sign). */
static inline void state_app_log(const char *prefix, int32_t v)
{
  char buf[64];
  uint32_t n = 0;
  while (prefix[n] != '\0' && n < 40u) {
    buf[n] = prefix[n];
    n++;
  }
  uint32_t u = (uint32_t)v;
  if (v < 0) {
    buf[n++] = '-';
    u = 0u - u;
  }
  char digits[10];
  uint32_t k = 0;
  do {
    digits[k++] = (char)('0' + u % 10u);
    u /= 10u;
  } while (u != 0u);
  while (k > 0u) {
    buf[n++] = digits[--k];
  }
  rg_syscall(RG_SYS_LOG, PTR(buf), n, 0);
}

#endif /* STATE_APP_H */
