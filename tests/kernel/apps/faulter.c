/* faulter.c: faults in a different class on every start, then exits with code 7.
 *
 * The class comes from how many times the kernel has restarted it (start_info bits 8-31), like the
 * example app `crashy`. The fault happens in a timer callback, so each class is also caught outside
 * main. Order: mem-manage, bus-fault, undefined-instruction, divide-by-zero, stack-overflow,
 * hard-fault, timeout, panic. The panic passes PANIC_CALLER as its caller word, which the kernel must
 * report as the fault's lr.
 */
#include "app-support.h"
#include "rg_app.h"
#include "rg_fault_demo.h"

/* The caller word of the deliberate panic (abi.json `panic`), checked by the test as the fault's lr. */
#define PANIC_CALLER 0x00C0FFEEu

static const uint32_t classes[] = {
    RG_FAULT_MEM_MANAGE,    RG_FAULT_BUS_FAULT,  RG_FAULT_UNDEFINED_INSTRUCTION, RG_FAULT_DIVIDE_BY_ZERO,
    RG_FAULT_STACK_OVERFLOW, RG_FAULT_HARD_FAULT, RG_FAULT_TIMEOUT,             RG_FAULT_PANIC,
};

static struct {
  uint32_t restarts;
} g;

static void go(void)
{
  if (g.restarts >= sizeof classes / sizeof classes[0]) {
    app_log("faulter done");
    rg_syscall(RG_SYS_EXIT, 7, 0, 0);
  }
  uint32_t c = classes[g.restarts];
  if (c == RG_FAULT_PANIC) {
    static const char msg[] = "deliberate panic";
    rg_syscall(RG_SYS_PANIC, PTR(msg), sizeof msg - 1u, PANIC_CALLER);
  }
  rg_fault_demo(c);
  /* Not reached; it keeps the call above from being a tail call, so the fault's lr points into go(). */
  app_log("fault demo returned");
}

static void faulter_main(void)
{
  uint32_t info = (uint32_t)rg_syscall(RG_SYS_START_INFO, 0, 0, 0);
  g.restarts = info >> 8;
  app_log_num("faulter start ", g.restarts);
  rg_syscall(RG_SYS_TIMER_START, PTR(go), 30, 0);
}

const rg_app_code_t rg_app_code_faulter = {faulter_main, &g, sizeof g};
