/* rg_fault_demo.h: deliberate faults, for demos and tests of the kernel's recovery.
 *
 * Compiled apps reach this through the app-visible `fault.*()` calls. Each board implements it with the
 * most faithful local trigger (Cortex-M: a real MemManage, BusFault, UsageFault, HardFault; native: the
 * matching signal). It runs in app context, unprivileged where the board has privilege levels.
 *
 * Each fault happens inside the board's C, so the kernel reports the caller as the fault's `lr`: on
 * Cortex-M the demo calls nothing before it faults (the stack overflow aside), so the LR the exception
 * stacks is still the return address into the app; the native board's demo records its return address
 * on entry. The runtime's fault.*() wrappers are inlined, so that caller is the app's own code.
 */
#ifndef RG_FAULT_DEMO_H
#define RG_FAULT_DEMO_H

#include <stdint.h>

/* Triggers a fault of class `fault_class` (RG_FAULT_* from rg_abi.h): mem-manage, bus-fault,
 * undefined-instruction, divide-by-zero, stack-overflow, hard-fault or timeout (a loop that never
 * ends). Does not return for those; returns at once for any other value. */
void rg_fault_demo(uint32_t fault_class);

#endif /* RG_FAULT_DEMO_H */
