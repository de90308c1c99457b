/* fault-demo.c: deliberate faults on the native board, each raising the signal its class maps to.
 *
 * SIGSEGV on an unmapped low address (mem-manage), SIGBUS on a page of an empty memfd (bus-fault),
 * SIGILL from ud2 (undefined-instruction), SIGFPE from a division by zero, SIGSEGV in the stack's guard
 * page (stack-overflow), SIGTRAP from a breakpoint instruction (hard-fault), and a loop that never ends
 * (timeout). UBSan's division check is switched off here: the division is the point. Each demo first
 * notes its caller's return address, which the arch layer reports as the fault's lr.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "rg_abi.h"
#include "rg_fault_demo.h"
#include "rg_native.h"

static volatile uint32_t s_zero;
static volatile uint32_t s_sink;
/* An address in the never-mapped first page, hidden from the compiler's bounds analysis. */
static volatile uintptr_t s_unmapped = 16u;

__attribute__((noinline)) static uint32_t recurse(uint32_t depth)
{
  volatile uint8_t frame[256];
  frame[depth & 255u] = (uint8_t)depth;
  /* s_zero is always 0, but the compiler cannot know: the recursion is unbounded in practice. */
  if (s_zero != 0u) {
    return depth;
  }
  return recurse(depth + 1u) + frame[(depth * 7u) & 255u];
}

__attribute__((no_sanitize("undefined"))) static void divide(void)
{
  /* Both operands volatile: gcc turns `1u / x` into a comparison that cannot trap. */
  s_sink = s_sink / s_zero;
}

static void bus_error(void)
{
  int fd = memfd_create("rg-bus-fault", 0);
  volatile uint8_t *p = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
  s_sink = p[0]; /* the file is empty: touching its page is SIGBUS */
}

void rg_fault_demo(uint32_t fault_class)
{
  /* The app's call site, for the fault report (rg_native.h): the pc will be in this file. */
  rg_native_fault_lr = (uint32_t)(uintptr_t)__builtin_return_address(0);
  switch (fault_class) {
  case RG_FAULT_MEM_MANAGE:
    *(volatile uint32_t *)s_unmapped = 1u;
    break;
  case RG_FAULT_BUS_FAULT:
    bus_error();
    break;
  case RG_FAULT_UNDEFINED_INSTRUCTION:
    __builtin_trap();
  case RG_FAULT_DIVIDE_BY_ZERO:
    divide();
    break;
  case RG_FAULT_STACK_OVERFLOW:
    s_sink = recurse(0);
    break;
  case RG_FAULT_HARD_FAULT:
#if defined(__x86_64__) || defined(__i386__)
    __asm__ volatile("int3");
#else
    raise(SIGTRAP);
#endif
    break;
  case RG_FAULT_TIMEOUT:
    for (;;) {
      s_sink++;
    }
  default:
    break;
  }
}
