/* rg_syscall.h: the one way compiled app code calls into the kernel.
 *
 * Each board implements rg_syscall: on Cortex-M boards it is an `svc` instruction, so apps running
 * unprivileged can reach the kernel; on the native board it is a plain call into the kernel's dispatcher.
 * Operation numbers and error codes are in rg_abi.h (RG_SYS_*, RG_ERR_*).
 */
#ifndef RG_SYSCALL_H
#define RG_SYSCALL_H

#include <stdint.h>

#include "rg_abi.h"

/* Performs syscall `op` with up to three word arguments; returns its result (negative RG_ERR_* on error).
 * RG_SYS_EXIT and RG_SYS_PANIC do not return. */
int32_t rg_syscall(uint32_t op, uint32_t a0, uint32_t a1, uint32_t a2);

#endif /* RG_SYSCALL_H */
