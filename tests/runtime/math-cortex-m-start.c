/* math-cortex-m-start.c: the vector table that starts tests/runtime/math-harness.c on a bare Cortex-M.
 *
 * The core loads the stack pointer and the reset handler from address 0 (math-cortex-m.ld puts .vectors
 * there); the reset handler is newlib's rdimon crt0 (_start), which sets up the C library over
 * semihosting and calls main. Any fault spins, and the test's timeout ends QEMU.
 */
#include <stdint.h>

void _start(void);
extern uint32_t __stack_top;

static void spin(void) {
  for (;;) {
  }
}

__attribute__((section(".vectors"), used)) static const uintptr_t vectors[16] = {
    (uintptr_t)&__stack_top,
    (uintptr_t)_start,
    (uintptr_t)spin, /* NMI */
    (uintptr_t)spin, /* HardFault */
    (uintptr_t)spin, /* MemManage (Cortex-M3) */
    (uintptr_t)spin, /* BusFault (Cortex-M3) */
    (uintptr_t)spin, /* UsageFault (Cortex-M3) */
};
