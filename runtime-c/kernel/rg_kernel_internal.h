/* rg_kernel_internal.h: declarations shared by the kernel's own files; not a public header.
 *
 * The kernel is split into the timer pool (timers.c), the app table with its restart policy (apps.c),
 * the syscall dispatcher (syscall.c), the reset record (reset-record.c) and boot plus the supervisor
 * loop (main.c). This header is how they see each other.
 */
#ifndef RG_KERNEL_INTERNAL_H
#define RG_KERNEL_INTERNAL_H

#include <stdint.h>

#include "rg_app.h"
#include "rg_hal.h"

/* "No app" marker for rg_kernel_current. */
#define RG_NO_APP 0xFFu

/* Index of the app whose code is running (main, a callback or a syscall), or RG_NO_APP. */
extern uint32_t rg_kernel_current;

/* ---- timers.c ---- */

/* timer_start flags (abi.json): bit 0 periodic, bit 1 the callback takes the timer id. */
#define RG_TIMER_FLAG_REPEAT 1u
#define RG_TIMER_FLAG_WITH_ID 2u

/* Starts a timer for `app` calling the app's code address `callback` (RG_TIMER_FLAG_*); returns its id
 * (> 0) or RG_ERR_NO_SPACE / RG_ERR_INVALID. */
int32_t rg_timers_start(uint32_t app, uint32_t callback, uint32_t period_ms, uint32_t flags, uint32_t now_ms);
/* Cancels timer `id` if `app` owns it; ignores unknown ids. */
void rg_timers_cancel(uint32_t app, int32_t id);
/* Cancels every timer of `app`. */
void rg_timers_cancel_app(uint32_t app);
/* 1 when `app` has an active timer. */
int rg_timers_app_has(uint32_t app);
/* Takes the due timer that comes first (due time, then creation order): one-shots are released,
 * periodic ones are left for rg_timers_rearm. Returns 0 when none is due, else 1 with the outputs set. */
int rg_timers_take_due(uint32_t now_ms, uint32_t *app, rg_hal_call_t *call, int32_t *id);
/* After a periodic timer's callback ran: schedules its next run `period` after `now_ms` (as Node does),
 * unless the callback cancelled it. */
void rg_timers_rearm(int32_t id, uint32_t now_ms);
/* Milliseconds from `now_ms` to the next due timer, at most `cap`. */
uint32_t rg_timers_ms_until_next(uint32_t now_ms, uint32_t cap);

/* ---- apps.c ---- */

void rg_apps_boot(uint32_t start_reason);
/* Restarts due apps and runs at most one due timer. Returns 1 when it ran something. */
int rg_apps_step(uint32_t now_ms);
/* 1 when some app is running or waiting to restart. */
int rg_apps_alive(void);
/* Milliseconds until the next pending restart, at most `cap`. */
uint32_t rg_apps_ms_until_restart(uint32_t now_ms, uint32_t cap);
/* Syscall helpers for the running app. */
uint32_t rg_apps_start_info(uint32_t app);
/* Class of the app's most recent fault since boot (RG_FAULT_*), 0 when none. */
uint32_t rg_apps_last_fault(uint32_t app);
_Noreturn void rg_apps_end_exit(int32_t code);
/* Ends the running app with class panic; `caller` is the app's call site (the fault's lr), 0 if unknown. */
_Noreturn void rg_apps_end_panic(const char *msg, uint32_t len, uint32_t caller);
/* The same with another software fault class (RG_FAULT_PANIC, _OUT_OF_MEMORY or _EXCEPTION). */
_Noreturn void rg_apps_end_fault(uint32_t fault_class, const char *msg, uint32_t len, uint32_t caller);

/* ---- state.c (the flash state store, seen from the kernel) ---- */

/* Mounts the board's state partition (rg_hal_state_flash); sends `state-damage` when mount found damage. */
void rg_kernel_state_boot(void);
/* 1 when `app` keeps state (stateBytes > 0) and has a committed blob in the store. */
int rg_kernel_state_has(uint32_t app);
/* Drops `app`'s state: it ended on purpose. */
void rg_kernel_state_release(uint32_t app);
/* The state_save syscall (pointer already checked): 0, RG_ERR_TOO_BIG over quota, or the store's error. */
int32_t rg_kernel_state_save(uint32_t app, uint32_t ptr, uint32_t len, uint32_t schema_hash);
/* The state_load syscall (buffer already checked): length, RG_ERR_NOT_FOUND, RG_ERR_SCHEMA, RG_ERR_TOO_BIG. */
int32_t rg_kernel_state_load(uint32_t app, uint32_t ptr, uint32_t cap, uint32_t schema_hash);
/* 1 when the kernel may write `len` bytes at `ptr` for `app`: inside its globals (RAM block) or its stack, as
 * the app table places them; native (no places in the table): anywhere. */
int rg_kernel_app_can_write(uint32_t app, uint32_t ptr, uint32_t len);

/* ---- reset-record.c ---- */

/* Reads and invalidates the reset record; returns the boot reason (RG_BOOT_POWER_ON when invalid) and
 * copies a valid record to *out. */
uint32_t rg_reset_record_take(rg_reset_record_t *out);

/* ---- events (main.c) ---- */

/* Sends a log frame for `app`, splitting text longer than RG_FRAME_LOG_TEXT_MAX. */
void rg_event_log(uint32_t app, const char *text, uint32_t len, uint32_t flags);

#endif /* RG_KERNEL_INTERNAL_H */
