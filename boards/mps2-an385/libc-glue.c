/* libc-glue.c: makes newlib's errno usable from unprivileged apps on mps2-an385.
 *
 * newlib keeps errno in its reentrancy struct, in kernel RAM, so a libm call that sets errno (log10(0),
 * exp(1000)) would fault the app that made it. Defining __errno here replaces newlib's: it returns a
 * slot in the RAM block of the app whose stack is in use (found from SP through the app table, which
 * is in flash and readable by apps), or a kernel slot on the kernel's stack. The app's slot is the
 * lowest word of its block, i.e. the last word its stack would reach before overflowing.
 */
#include <errno.h>
#include <stdint.h>

#include "rg_app.h"

static int s_kernel_errno;

int *__errno(void)
{
  uintptr_t sp;
  __asm__ volatile("mov %0, sp" : "=r"(sp));
  for (uint32_t i = 0; i < rg_app_count; i++) {
    uintptr_t base = (uintptr_t)rg_apps[i].ram_base;
    if (sp >= base && sp < base + rg_apps[i].ram_bytes) {
      return (int *)base;
    }
  }
  return &s_kernel_errno;
}
