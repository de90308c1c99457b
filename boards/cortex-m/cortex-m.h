/* cortex-m.h: start-up and semihosting code shared by every Cortex-M board.
 *
 * Not a board (it has no board.json): Cortex-M boards list `../cortex-m/cortex-m.c` in their
 * board.json `halSources`. Their linker scripts must define _sidata, _sdata, _edata, _sbss and _ebss.
 */
#ifndef RG_CORTEX_M_H
#define RG_CORTEX_M_H

/* The reset handler: copies .data from flash, zeroes .bss (never .noinit), and enters the kernel. */
_Noreturn void rg_cortex_m_reset(void);

/* Semihosting SYS_EXIT_EXTENDED with status 0: under QEMU with semihosting enabled the run ends here.
 * Returns when nothing answers the call (a board without a debugger must step over the `bkpt 0xab`
 * in its fault handler, or it escalates to HardFault). */
void rg_cortex_m_semihosting_exit(void);

#endif /* RG_CORTEX_M_H */
