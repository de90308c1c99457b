/* hanger.c: hangs the kernel on a power-up start; after the watchdog reset it says so and exits. */
#include "app-support.h"
#include "rg_app.h"

static struct {
  uint32_t unused;
} g;

static void hang(void)
{
  rg_syscall(RG_SYS_DEBUG_KERNEL_HANG, 0, 0, 0);
}

static void hanger_main(void)
{
  uint32_t reason = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0) & 0xFFu;
  if (reason == RG_START_WATCHDOG_RESET) {
    app_log("back after watchdog");
    rg_syscall(RG_SYS_EXIT, 0, 0, 0);
  }
  app_log("hanging the kernel");
  rg_syscall(RG_SYS_TIMER_START, PTR(hang), 50, 0);
}

const rg_app_code_t rg_app_code_hanger = {hanger_main, &g, sizeof g};
