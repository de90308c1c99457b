/* rt_regen.c: the `regen` module's kernel API and the timer globals, as compiled apps call them.
 *
 * Each function is one rg_syscall() plus the JavaScript-side conversions: exit codes go through ToInt32,
 * timer delays are clamped the way Node clamps them, and the functions that never return say so to the
 * C compiler. The fault demos are inline in rg_rt.h, so that app code itself calls rg_fault_demo.
 */
#include <stdbool.h>
#include <stdint.h>

#include "rg_rt.h"
#include "rg_syscall.h"

/* The kernel never returns from exit and panic; if a broken port did, spinning lets the time budget end
 * the app rather than running on into undefined behaviour. */
static _Noreturn void spin(void) {
  for (;;) {
  }
}

_Noreturn void rg_rt_exit(double code) {
  (void)rg_syscall(RG_SYS_EXIT, (uint32_t)rg_rt_to_int32(code), 0, 0);
  spin();
}

/* The caller's return address as a syscall word: where in the app a panic comes from (abi.json, panic).
 * Code addresses fit in 32 bits on every board (native links non-PIE). Only meaningful in a function
 * the compiler does not inline, hence the noinline on the functions below that use it. */
#define CALLER() ((uint32_t)(uintptr_t)__builtin_return_address(0))

__attribute__((noinline)) _Noreturn void rg_rt_panic(const rg_rt_line_t *message) {
  (void)rg_syscall(RG_SYS_PANIC, (uint32_t)(uintptr_t)message->text, message->len, CALLER());
  spin();
}

__attribute__((noinline)) _Noreturn void rg_rt_fault_returned(void) {
  static const char text[] = "fault demo returned";
  (void)rg_syscall(RG_SYS_PANIC, (uint32_t)(uintptr_t)text, sizeof text - 1, CALLER());
  spin();
}

void rg_rt_debug_hang_kernel(void) {
  (void)rg_syscall(RG_SYS_DEBUG_KERNEL_HANG, 0, 0, 0);
}

double rg_rt_now(void) {
  return (double)(uint32_t)rg_syscall(RG_SYS_NOW_MS, 0, 0, 0);
}

uint32_t rg_rt_start_info(void) {
  return (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0);
}

uint32_t rg_rt_last_fault(void) {
  return (uint32_t)rg_syscall(RG_SYS_LAST_FAULT, 0, 0, 0);
}

__attribute__((noinline)) int32_t rg_rt_timer_start(void (*callback)(void), double delay_ms, bool repeat) {
  /* Node: a delay that is not a number in [1, 2^31 - 1] becomes 1; fractions are dropped. */
  uint32_t ms = 1;
  if (delay_ms >= 1.0 && delay_ms <= 2147483647.0) ms = rg_rt_to_uint32(delay_ms);
  int32_t id = rg_syscall(RG_SYS_TIMER_START, (uint32_t)(uintptr_t)callback, ms, repeat ? 1u : 0u);
  if (id < 0) {
    static const char text[] = "no timer left (setTimeout/setInterval)";
    (void)rg_syscall(RG_SYS_PANIC, (uint32_t)(uintptr_t)text, sizeof text - 1, CALLER());
    spin();
  }
  return id;
}

void rg_rt_timer_cancel(int32_t id) {
  (void)rg_syscall(RG_SYS_TIMER_CANCEL, (uint32_t)id, 0, 0);
}
