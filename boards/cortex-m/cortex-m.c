/* cortex-m.c: start-up and semihosting exit shared by every Cortex-M board (see cortex-m.h). */
#include <stdint.h>

#include "rg_kernel.h"

#include "cortex-m.h"

extern uint32_t _sidata;
extern uint32_t _sdata;
extern uint32_t _edata;
extern uint32_t _sbss;
extern uint32_t _ebss;

_Noreturn void rg_cortex_m_reset(void)
{
  const uint32_t *from = &_sidata;
  for (uint32_t *to = &_sdata; to < &_edata;) {
    *to++ = *from++;
  }
  for (uint32_t *to = &_sbss; to < &_ebss;) {
    *to++ = 0;
  }
  rg_kernel_main();
}

void rg_cortex_m_semihosting_exit(void)
{
  /* SYS_EXIT_EXTENDED (0x20) with ADP_Stopped_ApplicationExit (0x20026) and status 0: QEMU exits 0. */
  static const uint32_t block[2] = {0x20026u, 0u};
  register uint32_t op __asm__("r0") = 0x20u;
  register const uint32_t *arg __asm__("r1") = block;
  __asm__ volatile("bkpt 0xab" : : "r"(op), "r"(arg) : "memory");
}
