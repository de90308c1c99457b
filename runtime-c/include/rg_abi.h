/* rg_abi.h: the kernel boundary (syscalls, errors, events, fault classes, reasons).
 *
 * GENERATED from runtime-c/abi.json by `npm run gen:abi`; do not edit by hand.
 * Events travel to the host in frames described in docs/PROTOCOL.md; multi-byte fields are
 * little-endian, `str` fields run to the end of the frame and are not NUL-terminated.
 */
#ifndef RG_ABI_H
#define RG_ABI_H

#define RG_ABI_VERSION 1

/* Syscall numbers (first argument of rg_syscall). */
/* End the calling app on purpose with an exit code; never returns. Args: code: i32. */
#define RG_SYS_EXIT 1
/* End the calling app with fault class `panic` and a message; never returns. `caller` is the return address of the runtime's panic wrapper (`__builtin_return_address(0)`: the app's call site), reported as the fault's `lr`; 0 when unknown. Args: msg: const char*, len: u32, caller: u32. */
#define RG_SYS_PANIC 2
/* Send app text to the host; flags bit 0 = the line continues in the next call. Args: text: const char*, len: u32, flags: u32. */
#define RG_SYS_LOG 3
/* Start a timer; flags bit 0: periodic (else one-shot), bit 1: the callback takes one u32 argument and the kernel passes it the timer id (closure timers: the app's dispatcher finds the closure by id). Returns its id (> 0) or a negative RG_ERR_*. Args: callback: void(*)(void) or void(*)(u32), period_ms: u32, flags: u32. */
#define RG_SYS_TIMER_START 4
/* Cancel a timer of the calling app; unknown ids are ignored (as clearTimeout does). Args: id: i32. */
#define RG_SYS_TIMER_CANCEL 5
/* Milliseconds since boot (u32, wraps after 49 days). Args: none. */
#define RG_SYS_NOW_MS 6
/* Debug aid: the kernel stops feeding the watchdog and spins, so the chip resets. Args: none. */
#define RG_SYS_DEBUG_KERNEL_HANG 7
/* Why the calling app is starting: bits 0-7 a start reason (startReasons), bits 8-31 how many times the kernel has restarted it since boot. Args: none. */
#define RG_SYS_START_INFO 8
/* Commit the calling app's whole state blob atomically. Returns 0, RG_ERR_TOO_BIG (over the app's stateBytes quota; nothing written), RG_ERR_NO_SPACE or RG_ERR_WORN (flash full or worn out) or RG_ERR_IO. Args: data: const void*, len: u32, schema_hash: u32. */
#define RG_SYS_STATE_SAVE 9
/* Copy the calling app's last committed state into buf. Returns its length, RG_ERR_NOT_FOUND (none saved), RG_ERR_SCHEMA (saved by an app version with another state schema; not handed over) or RG_ERR_TOO_BIG (cap too small). Args: buf: void*, cap: u32, schema_hash: u32. */
#define RG_SYS_STATE_LOAD 10
/* The fault class (faultClasses) of the calling app's most recent fault since boot; 0 when it has not faulted since boot. Args: none. */
#define RG_SYS_LAST_FAULT 11
/* End the calling app with a fault of a software class and a message; never returns. `class_len` bits 0-7: the fault class, one of panic, out-of-memory or exception (others: RG_ERR_INVALID is returned); bits 8-31: the message length. `caller` is the app's return address reported as the fault's `lr` (as for panic); 0 when unknown. Args: class_len: u32, msg: const char*, caller: u32. */
#define RG_SYS_FAULT 12
/* Write the calling app's stack bounds into out[0] (lowest address) and out[1] (one past the highest; the initial stack pointer), for the heap's conservative stack scan. Returns 0. Args: out: u32*. */
#define RG_SYS_APP_STACK 13

/* Error codes: 0 for success, negative for failure. */
enum rg_err {
  RG_OK = 0,
  RG_ERR_INVALID = -1,
  RG_ERR_NO_SPACE = -2,
  RG_ERR_NOT_FOUND = -3,
  RG_ERR_TOO_BIG = -4,
  RG_ERR_CORRUPT = -5,
  RG_ERR_IO = -6,
  RG_ERR_WORN = -7,
  RG_ERR_SCHEMA = -8,
};

/* Event frame types. Field layout in order: */
#define RG_EV_BOOT 1 /* reason:u8, abi:u8, apps:u8 */
#define RG_EV_APP_INFO 2 /* app:u8, name:str */
#define RG_EV_APP_START 3 /* app:u8, reason:u8 */
#define RG_EV_LOG 4 /* app:u8, flags:u8, text:str */
#define RG_EV_APP_FAULT 5 /* app:u8, class:u8, pc:u32, addr:u32, lr:u32, text:str */
#define RG_EV_APP_RESTART 6 /* app:u8, count:u16, delay:u32 */
#define RG_EV_APP_EXIT 7 /* app:u8, code:i32 */
#define RG_EV_APP_STOPPED 8 /* app:u8 */
#define RG_EV_WATCHDOG_RESET 9 /* no fields */
#define RG_EV_STATE_SAVE 10 /* app:u8, bytes:u16 */
#define RG_EV_STATE_RESTORE 11 /* app:u8, bytes:u16 */
#define RG_EV_KERNEL_PANIC 12 /* pc:u32, code:u32, text:str */
#define RG_EV_ALL_DONE 13 /* no fields */
#define RG_EV_MEASURE 14 /* key:u8, value:u32 */
#define RG_EV_STATE_DAMAGE 15 /* records:u16, sectors:u8 */
#define RG_EV_STATE_SCHEMA 16 /* app:u8, saved:u32, expected:u32 */

/* Fault classes (app-fault `class`). */
#define RG_FAULT_MEM_MANAGE 1
#define RG_FAULT_BUS_FAULT 2
#define RG_FAULT_UNDEFINED_INSTRUCTION 3
#define RG_FAULT_DIVIDE_BY_ZERO 4
#define RG_FAULT_USAGE_FAULT 5
#define RG_FAULT_HARD_FAULT 6
#define RG_FAULT_STACK_OVERFLOW 7
#define RG_FAULT_PANIC 8
#define RG_FAULT_TIMEOUT 9
#define RG_FAULT_OUT_OF_MEMORY 10
#define RG_FAULT_EXCEPTION 11

/* Why the chip booted (boot `reason`). */
#define RG_BOOT_POWER_ON 0
#define RG_BOOT_WATCHDOG 1
#define RG_BOOT_SOFTWARE 2
#define RG_BOOT_KERNEL_PANIC 3

/* Why an app is starting (app-start `reason`). */
#define RG_START_POWER_UP 0
#define RG_START_WATCHDOG_RESET 1
#define RG_START_SOFTWARE_RESET 2
#define RG_START_FAULT_RESTART 3
#define RG_START_FIRST_BOOT 4

/* Measurement keys (measure `key`). */
#define RG_MEASURE_RESTART_TICKS 1
#define RG_MEASURE_TICK_HZ 2
#define RG_MEASURE_SAVE_TICKS 3
#define RG_MEASURE_MOUNT_TICKS 4

#endif /* RG_ABI_H */
