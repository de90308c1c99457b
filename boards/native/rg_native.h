/* rg_native.h: what the native board's own files share (not seen by the kernel).
 *
 * hal.c (time, output, watchdog, reset) and arch.c (app contexts, faults, budget) are one board; this
 * header names the signals they use and the arch set-up hal.c calls at init.
 */
#ifndef RG_NATIVE_H
#define RG_NATIVE_H

#include <signal.h>
#include <stdint.h>

/* The watchdog timer's signal (re-executes the process). */
#define RG_NATIVE_WATCHDOG_SIGNAL SIGUSR2

/* The budget timer's signal (kills the running app with class timeout). */
#define RG_NATIVE_BUDGET_SIGNAL SIGALRM

/* Installs the fault and budget signal handlers and the alternate signal stack. */
void rg_native_arch_init(void);

/* The call site of the running app's rg_fault_demo call (its return address), 0 when the app has not
 * called it. fault-demo.c sets it on entry; arch.c clears it before each entry into app code and
 * reports it as the fault's lr. A signal handler cannot find a caller in general (x86 keeps return
 * addresses on the stack at varying offsets), so the demo, the one place that knows, writes it down. */
extern volatile uint32_t rg_native_fault_lr;

#endif /* RG_NATIVE_H */
