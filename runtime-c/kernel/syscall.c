/* syscall.c: the kernel side of rg_syscall — one dispatcher for every board.
 *
 * The board's syscall entry calls rg_kernel_syscall in kernel context on behalf of the running app.
 * Every pointer an app passes is checked with rg_hal_app_can_read first, so a syscall can never be used
 * to read kernel memory; a bad pointer is the app's fault (mem-manage), not the kernel's.
 */
#include <string.h>

#include "rg_abi.h"
#include "rg_hal.h"
#include "rg_kernel.h"
#include "rg_kernel_internal.h"

static const char s_bad_pointer[] = "syscall pointer outside the app's memory";

static void check_readable(uint32_t app, uint32_t ptr, uint32_t len)
{
  if (len != 0u && !rg_hal_app_can_read(app, (const void *)(uintptr_t)ptr, len)) {
    rg_apps_end_panic(s_bad_pointer, sizeof s_bad_pointer - 1u, 0u);
  }
}

/* A buffer the kernel writes into must lie in the app's own RAM (flash is readable, never writable). */
static void check_writable(uint32_t app, uint32_t ptr, uint32_t len)
{
  if (len != 0u && !rg_kernel_app_can_write(app, ptr, len)) {
    rg_apps_end_panic(s_bad_pointer, sizeof s_bad_pointer - 1u, 0u);
  }
}

int32_t rg_kernel_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2)
{
  uint32_t app = rg_kernel_current;
  if (app == RG_NO_APP) {
    return RG_ERR_INVALID;
  }
  switch (op) {
  case RG_SYS_EXIT:
    rg_apps_end_exit((int32_t)a0);
  case RG_SYS_PANIC:
    check_readable(app, a0, a1);
    rg_apps_end_panic((const char *)(uintptr_t)a0, a1, a2);
  case RG_SYS_LOG:
    check_readable(app, a0, a1);
    rg_event_log(app, (const char *)(uintptr_t)a0, a1, a2);
    return RG_OK;
  case RG_SYS_TIMER_START:
    return rg_timers_start(app, a0, a1, a2, rg_hal_now_ms());
  case RG_SYS_TIMER_CANCEL:
    rg_timers_cancel(app, (int32_t)a0);
    return RG_OK;
  case RG_SYS_NOW_MS:
    return (int32_t)rg_hal_now_ms();
  case RG_SYS_DEBUG_KERNEL_HANG:
    /* Deliberately stuck in kernel context: nothing feeds the watchdog any more. */
    for (;;) {
    }
  case RG_SYS_START_INFO:
    return (int32_t)rg_apps_start_info(app);
  case RG_SYS_LAST_FAULT:
    return (int32_t)rg_apps_last_fault(app);
  case RG_SYS_STATE_SAVE:
    check_readable(app, a0, a1);
    return rg_kernel_state_save(app, a0, a1, a2);
  case RG_SYS_STATE_LOAD:
    check_writable(app, a0, a1);
    return rg_kernel_state_load(app, a0, a1, a2);
  case RG_SYS_FAULT: {
    uint32_t fault_class = a0 & 0xFFu;
    if (fault_class != RG_FAULT_PANIC && fault_class != RG_FAULT_OUT_OF_MEMORY &&
        fault_class != RG_FAULT_EXCEPTION) {
      return RG_ERR_INVALID;
    }
    check_readable(app, a1, a0 >> 8);
    rg_apps_end_fault(fault_class, (const char *)(uintptr_t)a1, a0 >> 8, a2);
  }
  case RG_SYS_APP_STACK: {
    uint32_t bounds[2];
    check_writable(app, a0, sizeof bounds);
    rg_hal_app_stack(app, &bounds[0], &bounds[1]);
    memcpy((void *)(uintptr_t)a0, bounds, sizeof bounds);
    return RG_OK;
  }
  default:
    return RG_ERR_INVALID;
  }
}
