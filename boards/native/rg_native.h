/* rg_native.h: what the native board's own files share (not seen by the kernel).
 *
 * hal.c (time, output, watchdog, reset) and arch.c (app contexts, faults, budget) are one board; this
 * header names the signals they use and the arch set-up hal.c calls at init.
 */
#ifndef RG_NATIVE_H
#define RG_NATIVE_H

#include <signal.h>

/* The watchdog timer's signal (re-executes the process). */
#define RG_NATIVE_WATCHDOG_SIGNAL SIGUSR2

/* The budget timer's signal (kills the running app with class timeout). */
#define RG_NATIVE_BUDGET_SIGNAL SIGALRM

/* Installs the fault and budget signal handlers and the alternate signal stack. */
void rg_native_arch_init(void);

#endif /* RG_NATIVE_H */
