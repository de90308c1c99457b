/* fault-demo.c: deliberate faults on the microbit, each a real Cortex-M0 HardFault taken from app code.
 *
 * The M0 has no MPU, so "write outside my RAM" cannot be stopped inside RAM: the mem-manage demo writes
 * just past the end of RAM instead, which the bus rejects, and the kernel sees a bus-fault. The others:
 * bus-fault: a read from an address where nothing is mapped; undefined-instruction: `udf`;
 * divide-by-zero: an integer division by a volatile zero (libgcc calls __aeabi_idiv0, which arch.S
 * turns into a fault); stack-overflow: unbounded recursion until the stack runs off the bottom of RAM;
 * hard-fault: `bkpt #0` (not the semihosting 0xab); timeout: a loop.
 */
#include <stdint.h>

#include "rg_abi.h"
#include "rg_fault_demo.h"

#include "microbit.h"

/* Nothing answers here on the nRF51 (between RAM at 0x20000000 and the peripherals at 0x40000000). */
#define UNMAPPED_ADDRESS 0x30000000u

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
    RG_REG(MICROBIT_RAM_BASE + MICROBIT_RAM_BYTES + 0x100u) = sink;
    break;
  case RG_FAULT_BUS_FAULT:
    sink = RG_REG(UNMAPPED_ADDRESS);
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
