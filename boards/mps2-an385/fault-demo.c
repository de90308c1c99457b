/* fault-demo.c: deliberate faults on mps2-an385, each a real Cortex-M3 fault taken from app code.
 *
 * mem-manage: touch kernel RAM (no MPU region grants it to unprivileged code); bus-fault: an
 * unprivileged write to AIRCR (the system control space rejects it); undefined-instruction: `udf`;
 * divide-by-zero: `udiv` by a volatile zero with CCR.DIV_0_TRP set; stack-overflow: unbounded
 * recursion off the bottom of the app's block; hard-fault: `bkpt #0` (unprivileged, so QEMU does not
 * treat it as semihosting; with no debug monitor it escalates to HardFault); timeout: a loop.
 * Apart from the stack overflow, no case calls anything before it faults, so the LR the exception
 * stacks is still the return address into the app that called rg_fault_demo (the fault's lr).
 */
#include <stdint.h>

#include "rg_abi.h"
#include "rg_fault_demo.h"

#include "mps2.h"

/* Everything lives on the app's stack: this file's globals would be kernel RAM, out of the app's reach. */
__attribute__((noinline)) static uint32_t recurse(volatile const uint32_t *zero, uint32_t depth)
{
  volatile uint8_t frame[64];
  frame[depth & 63u] = (uint8_t)depth;
  if (*zero != 0u) {
    return depth;
  }
  return recurse(zero, depth + 1u) + frame[(depth * 7u) & 63u];
}

void rg_fault_demo(uint32_t fault_class)
{
  volatile uint32_t zero = 0;
  volatile uint32_t sink = 1;
  switch (fault_class) {
  case RG_FAULT_MEM_MANAGE:
    sink = rg_mps2_kernel_msp;
    break;
  case RG_FAULT_BUS_FAULT:
    SCB_AIRCR = 0x05FA0000u; /* correct key, no action bits: harmless even if it were allowed */
    break;
  case RG_FAULT_UNDEFINED_INSTRUCTION:
    __asm__ volatile("udf #0");
    break;
  case RG_FAULT_DIVIDE_BY_ZERO:
    sink = sink / zero;
    break;
  case RG_FAULT_STACK_OVERFLOW:
    sink = recurse(&zero, 0);
    break;
  case RG_FAULT_HARD_FAULT:
    __asm__ volatile("bkpt #0");
    break;
  case RG_FAULT_TIMEOUT:
    for (;;) {
      sink++;
    }
  default:
    break;
  }
}
