/* app-support.h: tiny helpers for the kernel tests' hand-written C apps.
 *
 * The apps follow the rg_app.h convention exactly as compiled TypeScript does (one exported
 * rg_app_code_<id>, all mutable state in one zeroed globals struct) and reach the kernel only through
 * rg_syscall, so they exercise the same paths a compiled app does.
 */
#ifndef APP_SUPPORT_H
#define APP_SUPPORT_H

#include <stdint.h>

#include "rg_syscall.h"

#define PTR(p) ((uint32_t)(uintptr_t)(p))

/* Logs a NUL-terminated line. */
static inline void app_log(const char *s)
{
  uint32_t n = 0;
  while (s[n] != '\0') {
    n++;
  }
  rg_syscall(RG_SYS_LOG, PTR(s), n, 0);
}

/* Logs `prefix` followed by the decimal value of `v`, built in a stack buffer. */
static inline void app_log_num(const char *prefix, uint32_t v)
{
  char buf[48];
  uint32_t n = 0;
  while (prefix[n] != '\0' && n < 32u) {
    buf[n] = prefix[n];
    n++;
  }
  char digits[10];
  uint32_t k = 0;
  do {
    digits[k++] = (char)('0' + v % 10u);
    v /= 10u;
  } while (v != 0u);
  while (k > 0u) {
    buf[n++] = digits[--k];
  }
  rg_syscall(RG_SYS_LOG, PTR(buf), n, 0);
}

#endif /* APP_SUPPORT_H */
