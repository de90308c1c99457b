/* rg_hal.h: the one interface between the portable kernel and a board.
 *
 * Every board implements these functions in its own folder (boards/<id>/); the kernel calls nothing
 * else on the board and never includes a board file. The "arch" half (running a function in app
 * context, faults, budget) is the part that differs most: on Cortex-M it is `svc` plus an unprivileged
 * thread on the process stack with MPU regions; on the native board it is a ucontext on an mmap'd stack
 * with faults arriving as signals. See docs/KERNEL.md for both mechanisms.
 */
#ifndef RG_HAL_H
#define RG_HAL_H

#include <stdint.h>

/* Longest text a reset record keeps (bytes, not NUL-terminated when full). */
#define RG_RESET_TEXT_MAX 24

/* What the previous run left behind in reset-surviving RAM (Cortex-M: a .noinit section; native: the
 * RG_RESET_RECORD environment variable handed to the re-executed process). Valid only when `magic`
 * is RG_RESET_MAGIC and `check` matches (see rg_kernel_reset_record_write). */
typedef struct {
  uint32_t magic;
  uint32_t reason; /* a boot reason, RG_BOOT_* */
  uint32_t pc;     /* where the kernel was when it panicked or hung (0 if unknown) */
  uint32_t code;   /* panic code (board specific: exception number, signal number, invariant id) */
  char text[RG_RESET_TEXT_MAX];
  uint32_t check;
} rg_reset_record_t;

#define RG_RESET_MAGIC 0x52475253u /* "RGRS" */

/* What the arch layer learnt about a fault of the running app. */
typedef struct {
  uint32_t fault_class; /* RG_FAULT_* */
  uint32_t pc;          /* faulting instruction, 0 when unknown (e.g. the stack frame was lost) */
  uint32_t addr;        /* faulting data address, 0 when not applicable */
  uint32_t lr;          /* the call site that led to the fault: a return address into the caller of the
                         * function that faulted (Cortex-M: the stacked LR, Thumb bit set), 0 when unknown */
  uint32_t ticks;       /* rg_hal_ticks() at fault entry, for the restart-ticks measurement */
} rg_hal_fault_t;

/* Results of rg_hal_app_run. */
#define RG_HAL_RUN_RETURNED 0 /* the function returned normally */
#define RG_HAL_RUN_ENDED 1    /* the kernel ended the app from a syscall (rg_hal_app_end) */
#define RG_HAL_RUN_FAULT 2    /* the app faulted or ran past its budget; *fault is filled in */

/* Brings up clocks, the UART, the time base and the tick interrupt. Called once, first, by the kernel. */
void rg_hal_init(void);

/* Sends `len` bytes to the host (UART, or stdout on native); blocks until they are handed over. */
void rg_hal_uart_write(const uint8_t *data, uint32_t len);

/* Milliseconds since boot; wraps after 49 days. */
uint32_t rg_hal_now_ms(void);

/* A free-running up-counter at rg_hal_tick_hz(), for short measurements; wraps. */
uint32_t rg_hal_ticks(void);

/* Frequency of rg_hal_ticks (Hz). */
uint32_t rg_hal_tick_hz(void);

/* Waits up to `max_ms` milliseconds or until an interrupt, whichever comes first (may return early). */
void rg_hal_idle(uint32_t max_ms);

/* Starts the hardware watchdog: if rg_hal_watchdog_feed is not called for `timeout_ms`, the chip
 * resets and the next boot finds a reset record with reason RG_BOOT_WATCHDOG. */
void rg_hal_watchdog_start(uint32_t timeout_ms);

/* Reloads the watchdog. Only the kernel's main loop calls it (never an interrupt, never an app). */
void rg_hal_watchdog_feed(void);

/* The reset-surviving record slot. The kernel reads it once at boot and writes it before a reset. */
rg_reset_record_t *rg_hal_reset_record(void);

/* Resets the chip at once (the record slot survives). */
_Noreturn void rg_hal_reset(void);

/* Ends the whole run after `all-done` (QEMU: semihosting exit with status 0; native: exit(0)). */
_Noreturn void rg_hal_idle_exit(void);

/* An app function to run: `plain` (main, plain timer callbacks) or, when plain is NULL, `with_arg`
 * called with `arg` (timer callbacks that take their timer id). */
typedef struct {
  void (*plain)(void);
  void (*with_arg)(uint32_t arg);
  uint32_t arg;
} rg_hal_call_t;

/* Runs `call` in the context of app `app` (index into rg_apps) and comes back. On boards with an MPU the
 * function runs unprivileged on the app's own stack with access to nothing but flash and the app's
 * RAM block. `budget_ms` is how long it may run before the tick interrupt kills it (class timeout).
 * Returns RG_HAL_RUN_RETURNED, RG_HAL_RUN_ENDED or RG_HAL_RUN_FAULT (then *fault is filled in). */
int rg_hal_app_run(uint32_t app, const rg_hal_call_t *call, uint32_t budget_ms, rg_hal_fault_t *fault);

/* The bounds of app `app`'s stack: *lo its lowest address, *hi one past its highest (the stack pointer
 * the app starts with). For the app heap's conservative stack scan (the app_stack syscall). */
void rg_hal_app_stack(uint32_t app, uint32_t *lo, uint32_t *hi);

/* Called by the kernel inside a syscall of the running app to abandon that app's context: the pending
 * rg_hal_app_run returns RG_HAL_RUN_ENDED. */
_Noreturn void rg_hal_app_end(void);

/* rg_hal_ticks() value taken just before the last rg_hal_app_run handed the CPU to the app. */
uint32_t rg_hal_app_entry_ticks(void);

/* 1 when app `app` may read `len` bytes at `ptr` (flash or its own RAM block), else 0. The kernel
 * checks every pointer a syscall receives, so an app cannot make the kernel read memory for it. */
int rg_hal_app_can_read(uint32_t app, const void *ptr, uint32_t len);

#endif /* RG_HAL_H */
