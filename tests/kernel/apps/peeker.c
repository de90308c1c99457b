/* peeker.c: boards without an MPU — asks the kernel to read memory that is not the app's own.
 *
 * Start 0: logs from the top of RAM (the kernel's stack on the microbit): the syscall's pointer check
 * must refuse it (panic) even though no hardware would. Start 1: exits with 0.
 */
#include "app-support.h"
#include "rg_app.h"

/* The last 64 bytes of the microbit's 16 KiB RAM: kernel stack, never an app's memory. */
#define KERNEL_RAM 0x20003FC0u

static struct {
  uint32_t unused;
} g;

static void peeker_main(void)
{
  uint32_t restarts = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0) >> 8;
  if (restarts == 0u) {
    rg_syscall(RG_SYS_LOG, KERNEL_RAM, 16, 0);
    app_log("the kernel read kernel RAM for me");
  }
  rg_syscall(RG_SYS_EXIT, 0, 0, 0);
}

const rg_app_code_t rg_app_code_peeker = {peeker_main, &g, sizeof g};
