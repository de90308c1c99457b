/* snooper.c: mps2 only — tries to get at memory that is not its own, one way per start.
 *
 * Start 0: asks the kernel to log from kernel RAM (the syscall's pointer check must refuse: panic).
 * Start 1: writes into app 0's RAM block (the MPU must refuse: mem-manage). Start 2: exits with 0.
 */
#include "app-support.h"
#include "rg_app.h"

extern uint32_t rg_mps2_kernel_msp;
extern uint8_t rg_app_ram_0[];

static struct {
  uint32_t unused;
} g;

static void snooper_main(void)
{
  uint32_t restarts = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0) >> 8;
  if (restarts == 0u) {
    rg_syscall(RG_SYS_LOG, PTR(&rg_mps2_kernel_msp), 4, 0);
  } else if (restarts == 1u) {
    rg_app_ram_0[4000] = 1;
  }
  rg_syscall(RG_SYS_EXIT, 0, 0, 0);
}

const rg_app_code_t rg_app_code_snooper = {snooper_main, &g, sizeof g};
