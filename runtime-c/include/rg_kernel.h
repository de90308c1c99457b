/* rg_kernel.h: what the portable kernel offers its board.
 *
 * A board's start-up code calls rg_kernel_main once; its syscall entry (svc handler, or a direct call
 * on native) calls rg_kernel_syscall; its fault and watchdog paths use the reset-record helpers and
 * rg_kernel_panic when the kernel itself is broken. Apps never include this header.
 */
#ifndef RG_KERNEL_H
#define RG_KERNEL_H

#include <stdint.h>

/* How long the kernel's main loop may go without feeding the watchdog (ms). Larger than the longest
 * app budget (RG_KERNEL_BUDGET_MAX_MS) so that only a hung kernel, never a slow app, resets the chip. */
#define RG_KERNEL_WATCHDOG_MS 1000u

/* Upper bound applied to an app's budget_ms (ms); half the watchdog period. */
#define RG_KERNEL_BUDGET_MAX_MS 500u

/* Most apps a firmware may hold (the boot frame carries the count in a u8). */
#define RG_KERNEL_MAX_APPS 16u

/* Timers in the kernel's pool, shared by all apps; timer_start returns RG_ERR_NO_SPACE beyond this. */
#define RG_KERNEL_MAX_TIMERS 24u

/* Syscall operation the board uses internally for "the app function returned" (not in abi.json:
 * apps never issue it themselves; if one does, the current callback simply ends). */
#define RG_SYS_INTERNAL_RETURN 0u

/* Boots the kernel: reads the reset record, starts the watchdog, sends boot events, starts every app
 * and runs the scheduler until no app is left. Never returns. */
_Noreturn void rg_kernel_main(void);

/* Runs syscall `op` for the app that is running (called by the board's syscall entry in kernel
 * context). Returns the syscall's result or a negative RG_ERR_*; exit and panic do not return. */
int32_t rg_kernel_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2);

/* Fills the reset record slot with a valid record. Safe to call from any interrupt, including NMI
 * (only plain stores). `text` may be NULL; it is cut to RG_RESET_TEXT_MAX bytes. */
void rg_kernel_reset_record_write(uint32_t reason, uint32_t pc, uint32_t code, const char *text);

/* A broken kernel invariant or a fault inside the kernel: leaves a kernel-panic reset record (pc,
 * code, text) and resets the chip; the next boot reports it. */
_Noreturn void rg_kernel_panic(uint32_t pc, uint32_t code, const char *text);

#endif /* RG_KERNEL_H */
