/* panicker.c: native board only — stands in for a broken kernel invariant by calling rg_kernel_panic.
 *
 * On the native board apps share the kernel's address space, so this reaches the real kernel-panic
 * path (record, reset by re-exec, kernel-panic event on the next boot). After that reset it exits.
 */
#include "app-support.h"
#include "rg_app.h"
#include "rg_kernel.h"

static struct {
  uint32_t unused;
} g;

static void panicker_main(void)
{
  uint32_t reason = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0) & 0xFFu;
  if (reason == RG_START_SOFTWARE_RESET) {
    app_log("after kernel panic");
    rg_syscall(RG_SYS_EXIT, 0, 0, 0);
  }
  rg_kernel_panic(0x1234u, 42u, "test invariant");
}

const rg_app_code_t rg_app_code_panicker = {panicker_main, &g, sizeof g};
