/* rg_fault_demo.h: deliberate faults, for demos and tests of the kernel's recovery.
 *
 * Compiled apps reach this through the app-visible `fault.*()` calls. Each board implements it with the
 * most faithful local trigger (Cortex-M: a real MemManage, BusFault, UsageFault, HardFault; native: the
 * matching signal). It runs in app context, unprivileged where the board has privilege levels.
 */
#ifndef RG_FAULT_DEMO_H
#define RG_FAULT_DEMO_H

#include <stdint.h>

/* Triggers a fault of class `fault_class` (RG_FAULT_* from rg_abi.h): mem-manage, bus-fault,
 * undefined-instruction, divide-by-zero, stack-overflow, hard-fault or timeout (a loop that never
 * ends). Does not return for those; returns at once for any other value. */
void rg_fault_demo(uint32_t fault_class);

#endif /* RG_FAULT_DEMO_H */
