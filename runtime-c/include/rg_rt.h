/* rg_rt.h: the app runtime that compiled regen apps call.
 *
 * The compiler (compiler/src/emit) turns TypeScript into C that calls these functions for everything
 * JavaScript defines more precisely than C does: Number-to-string conversion, ToInt32/ToUint32, `%` on
 * doubles, `**`, console.log line building, the kernel API of the `regen` module, and the byte helpers
 * and syscalls behind the generated state serializer.
 *
 * App code runs unprivileged with access to its own RAM only, so nothing here keeps mutable globals or
 * calls a stateful libc function (no printf, strtod, malloc, errno). Every function is either pure or a
 * thin wrapper around one rg_syscall().
 */
#ifndef RG_RT_H
#define RG_RT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rg_abi.h"
#include "rg_fault_demo.h"

/* Bytes of text a console line buffers before sending a piece with the `continues` flag. 128 keeps the
 * buffer small on an app stack and well under the 241 bytes a `log` frame can carry. */
#define RG_RT_LINE_BYTES 128u

/* Longest text rg_rt_number_to_string writes, plus room for a terminating NUL. The longest results are
 * like "-1.2345678901234567e-308" and "-0.0000012345678901234567" (25 characters). */
#define RG_RT_NUMBER_CHARS 32u

/* A console.log (or panic message) being built. Lives on the caller's stack; start it with
 * rg_rt_line_begin. */
typedef struct {
  char text[RG_RT_LINE_BYTES];
  uint32_t len;      /* bytes used in text */
  uint32_t pieces;   /* pieces already sent (log lines only) */
  bool for_panic;    /* panic messages are truncated instead of sent in pieces */
} rg_rt_line_t;

/* --- numbers ------------------------------------------------------------------------------------ */

/* Writes JavaScript's Number::toString(v) (radix 10: shortest round-trip digits, ECMAScript layout) to
 * out, NUL-terminated. Returns the length (without the NUL). -0 gives "0". */
uint32_t rg_rt_number_to_string(double v, char out[RG_RT_NUMBER_CHARS]);

/* Like rg_rt_number_to_string but as Node's util.inspect shows numbers: -0 gives "-0". */
uint32_t rg_rt_number_inspect(double v, char out[RG_RT_NUMBER_CHARS]);

/* ECMAScript ToInt32 / ToUint32: NaN and infinities give 0, otherwise truncate and wrap modulo 2^32. */
int32_t rg_rt_to_int32(double v);
uint32_t rg_rt_to_uint32(double v);

/* JavaScript `x % y` on numbers (exact, sign of x; NaN for y = 0 or infinite x). */
double rg_rt_fmod(double x, double y);

/* The integer a double's bits hold when it is one in [0, 2^32 - 1) (-0 is 0), else UINT32_MAX (a set
 * sign bit is never an integer here). Integer operations only: without an FPU (Cortex-M3) the obvious C
 * form `d >= 0 && d < 2^32 && (double)(uint32_t)d == d` is five soft-float calls. */
static inline uint32_t rg_rt_u32_of_bits(uint64_t bits) {
  uint32_t hi = (uint32_t)(bits >> 32);
  uint32_t lo = (uint32_t)bits;
  if ((hi & 0x7FFFFFFFu) == 0u && lo == 0u) return 0u; /* +0 or -0 */
  uint32_t exp = hi >> 20; /* with the sign bit: a negative number is above 1023 + 31 */
  if (exp < 1023u || exp > 1023u + 31u) return UINT32_MAX;
  uint32_t e = exp - 1023u;                  /* the value is 1.m * 2^e, e in [0, 31] */
  uint32_t top = (hi & 0xFFFFFu) | 0x100000u; /* the 21 high bits of the 53-bit significand */
  if (e <= 20u) {
    uint32_t drop = 20u - e;
    if (lo != 0u || (top & ((1u << drop) - 1u)) != 0u) return UINT32_MAX; /* a fraction */
    return top >> drop;
  }
  uint32_t keep = e - 20u; /* 1..11 bits of lo belong to the integer part */
  if ((lo << keep) != 0u) return UINT32_MAX;
  return (top << keep) | (lo >> (32u - keep));
}

/* JavaScript's comparisons of two numbers (false whenever one is NaN; -0 equals 0). With an FPU they are
 * the C operators. Without one (__SOFTFP__) each C comparison is a libgcc call; these compare the bits
 * instead: a double's bits, with -0 taken as +0 and the magnitude bits of a negative flipped, order as
 * signed 64-bit integers exactly as the (non-NaN) doubles do. */
#if defined(__SOFTFP__)
static inline bool rg_rt_num_nan(uint64_t b) { return (b << 1) > 0xFFE0000000000000ull; }
static inline int64_t rg_rt_num_key(uint64_t b) {
  if ((b << 1) == 0u) return 0; /* -0 and +0 */
  return (int64_t)(b ^ ((uint64_t)((int64_t)b >> 63) >> 1));
}
#define RG_RT_NUM_COMPARE(name, op)                                            \
  static inline bool name(double x, double y) {                                \
    uint64_t bx, by;                                                           \
    __builtin_memcpy(&bx, &x, sizeof bx);                                      \
    __builtin_memcpy(&by, &y, sizeof by);                                      \
    if (rg_rt_num_nan(bx) || rg_rt_num_nan(by)) return false;                  \
    return rg_rt_num_key(bx) op rg_rt_num_key(by);                             \
  }
#else
#define RG_RT_NUM_COMPARE(name, op) \
  static inline bool name(double x, double y) { return x op y; }
#endif
RG_RT_NUM_COMPARE(rg_rt_num_lt, <)
RG_RT_NUM_COMPARE(rg_rt_num_le, <=)
RG_RT_NUM_COMPARE(rg_rt_num_gt, >)
RG_RT_NUM_COMPARE(rg_rt_num_ge, >=)
RG_RT_NUM_COMPARE(rg_rt_num_eq, ==)
#undef RG_RT_NUM_COMPARE

/* The integer a loop counter i (|i| far below 2^62, docs/LANGUAGE-RUNTIME.md "Numbers") compares with
 * instead of a double bound b that does not change during the loop: ceil(b) (for i < b and i >= b) or
 * floor(b) (for i <= b and i > b), clamped to ±2^62; a NaN b gives nan_bound, RG_RT_BOUND_LOW for < and
 * <= and RG_RT_BOUND_HIGH for > and >=, which every such comparison fails, as with NaN. */
#define RG_RT_BOUND_HIGH ((int64_t)1 << 62)
#define RG_RT_BOUND_LOW (-RG_RT_BOUND_HIGH)
/* Without an FPU, the common bound (an integer of magnitude below 2^31) is read from the bits: the
 * double path below is six soft-float calls, more than a short loop saves. Sets *out and returns true. */
static inline bool rg_rt_bound_int(double b, int64_t *out) {
#if defined(__SOFTFP__)
  uint64_t bits;
  __builtin_memcpy(&bits, &b, sizeof bits);
  uint32_t m = rg_rt_u32_of_bits(bits & ~(1ull << 63));
  if (m > 0x7FFFFFFFu) return false;
  *out = (bits >> 63) != 0u ? -(int64_t)m : (int64_t)m;
  return true;
#else
  (void)b;
  (void)out;
  return false;
#endif
}
static inline int64_t rg_rt_bound_ceil(double b, int64_t nan_bound) {
  int64_t exact;
  if (rg_rt_bound_int(b, &exact)) return exact;
  if (b != b) return nan_bound;
  if (b >= 0x1p62) return RG_RT_BOUND_HIGH;
  if (b <= -0x1p62) return RG_RT_BOUND_LOW;
  int64_t t = (int64_t)b; /* toward zero */
  return (double)t < b ? t + 1 : t;
}
static inline int64_t rg_rt_bound_floor(double b, int64_t nan_bound) {
  int64_t exact;
  if (rg_rt_bound_int(b, &exact)) return exact;
  if (b != b) return nan_bound;
  if (b >= 0x1p62) return RG_RT_BOUND_HIGH;
  if (b <= -0x1p62) return RG_RT_BOUND_LOW;
  int64_t t = (int64_t)b;
  return (double)t > b ? t - 1 : t;
}

/* JavaScript `x % y`, inline for the common case: x and y integers of magnitude below 2^31, y not 0.
 * Then the C remainder of the magnitudes is exact; the result takes x's sign, -0 for a zero remainder
 * of a negative x (or of -0), as JavaScript. Anything else goes to rg_rt_fmod. */
static inline double rg_rt_mod(double x, double y) {
#if !defined(__SOFTFP__)
  /* With an FPU: double comparisons and conversions are single instructions. */
  if (x >= -2147483647.0 && x <= 2147483647.0 && y >= 1.0 && y <= 2147483647.0) {
    int32_t ix = (int32_t)x, iy = (int32_t)y;
    if ((double)ix == x && (double)iy == y) {
      int32_t r = ix % iy;
      return r == 0 ? x * 0.0 : (double)r; /* x * 0.0: a zero with x's sign */
    }
  }
  return rg_rt_fmod(x, y);
#else
  uint64_t bx, by;
  __builtin_memcpy(&bx, &x, sizeof bx);
  __builtin_memcpy(&by, &y, sizeof by);
  const uint64_t magnitude = ~(1ull << 63);
  uint32_t ux = rg_rt_u32_of_bits(bx & magnitude);
  uint32_t uy = rg_rt_u32_of_bits(by & magnitude);
  if (ux > 0x7FFFFFFFu || uy > 0x7FFFFFFFu || uy == 0u) return rg_rt_fmod(x, y);
  int32_t r = (int32_t)(ux % uy);
  if ((bx >> 63) != 0u) return r == 0 ? -0.0 : (double)-r;
  return (double)r;
#endif
}

/* JavaScript `x ** y`: the same function as Math.pow (rg_math_pow in rg_math.h), V8's algorithm, so the
 * result is Node's to the last bit; special cases per ECMAScript (e.g. 1 ** NaN is NaN). */
double rg_rt_pow(double x, double y);

/* Two's-complement reinterpretation of a uint32 as int32 (JavaScript ToInt32 of a uint32 value). */
static inline int32_t rg_rt_i32_of_u32(uint32_t u) {
  return u <= 0x7fffffffu ? (int32_t)u : -(int32_t)(~u) - 1;
}

/* JavaScript `a << b` on ToInt32(a), ToUint32(b): no undefined behaviour for negative a. */
static inline int32_t rg_rt_shl(int32_t a, uint32_t b) {
  return rg_rt_i32_of_u32((uint32_t)a << (b & 31u));
}

/* JavaScript `a >> b`: arithmetic shift, written without implementation-defined behaviour. */
static inline int32_t rg_rt_sar(int32_t a, uint32_t b) {
  return a >= 0 ? a >> (b & 31u) : ~(~a >> (b & 31u));
}

/* JavaScript `a >>> b`. */
static inline uint32_t rg_rt_shr(uint32_t a, uint32_t b) {
  return a >> (b & 31u);
}

/* --- console.log line building ------------------------------------------------------------------ */

/* Starts an empty line; for_panic selects truncation (panic message) instead of piecewise sending. */
void rg_rt_line_begin(rg_rt_line_t *line, bool for_panic);
/* Appends len bytes of UTF-8 text. */
void rg_rt_line_text(rg_rt_line_t *line, const char *text, uint32_t len);
/* Appends a number as console.log shows it (util.inspect: -0 is "-0"). */
void rg_rt_line_number(rg_rt_line_t *line, double v);
/* Appends a number as a template literal shows it (ToString: -0 is "0"). */
void rg_rt_line_number_string(rg_rt_line_t *line, double v);
/* Appends integers in decimal. */
void rg_rt_line_i32(rg_rt_line_t *line, int32_t v);
void rg_rt_line_u32(rg_rt_line_t *line, uint32_t v);
/* Appends "true" or "false". */
void rg_rt_line_bool(rg_rt_line_t *line, bool v);
/* Appends the name of a start reason (RG_START_*), e.g. "fault-restart". */
void rg_rt_line_start_reason(rg_rt_line_t *line, uint32_t reason);
/* Appends the name of a fault class (RG_FAULT_*), e.g. "bus-fault", or "none" for 0 (or unknown). */
void rg_rt_line_fault_class(rg_rt_line_t *line, uint32_t fault_class);
/* Sends the line (the last piece, flags 0) with the `log` syscall. */
void rg_rt_line_end(rg_rt_line_t *line);

/* --- the regen module and timers ---------------------------------------------------------------- */

/* exit(code): ends the app on purpose; code goes through ToInt32. */
_Noreturn void rg_rt_exit(double code);
/* panic(message): ends the app with fault class `panic` and the line's text as message. The kernel
 * reports the return address of this call (the app's call site) as the fault's lr. */
_Noreturn void rg_rt_panic(const rg_rt_line_t *message);
/* Panics with "fault demo returned": rg_fault_demo came back, so the board has no such fault. */
_Noreturn void rg_rt_fault_returned(void);
/* fault.*(): triggers a demo fault of class RG_FAULT_* through rg_fault_demo; panics if that returns.
 * Always inlined, so the call into rg_fault_demo is made from the app's own code: the fault's lr (the
 * return address of that call) then names the app's TypeScript line, wherever in the board's C the
 * fault itself happens. */
static inline __attribute__((always_inline)) _Noreturn void rg_rt_fault(uint32_t fault_class) {
  rg_fault_demo(fault_class);
  rg_rt_fault_returned();
}
/* fault.hang(): the demo's endless loop, so the kernel's time budget ends the callback (class
 * timeout); called from the app's code like rg_rt_fault, for the same reason. */
static inline __attribute__((always_inline)) _Noreturn void rg_rt_hang(void) {
  rg_fault_demo(RG_FAULT_TIMEOUT);
  rg_rt_fault_returned();
}
/* debug.hangKernel(): asks the kernel to stop feeding the watchdog. */
void rg_rt_debug_hang_kernel(void);
/* now(): milliseconds since boot. */
double rg_rt_now(void);
/* startInfo(): the raw start_info word (bits 0-7 reason RG_START_*, bits 8-31 restarts). */
uint32_t rg_rt_start_info(void);
/* startInfo().fault: the class (RG_FAULT_*) of the app's most recent fault since boot, 0 for none. */
uint32_t rg_rt_last_fault(void);
/* setTimeout / setInterval: delay as Node takes it (below 1 or not a number gives 1, fractions are
 * dropped); returns the kernel's timer id, or panics when the kernel has no timer left. */
int32_t rg_rt_timer_start(void (*callback)(void), double delay_ms, bool repeat);
/* clearTimeout / clearInterval: unknown ids are ignored. */
void rg_rt_timer_cancel(int32_t id);

/* --- saved state ---------------------------------------------------------------------------------- */

/* saveState() results, in the order of compiler/src/check/value-types.ts `saveResults`. */
#define RG_RT_SAVE_OK 0u
#define RG_RT_SAVE_OVER_QUOTA 1u
#define RG_RT_SAVE_NO_SPACE 2u
#define RG_RT_SAVE_WORN_OUT 3u
#define RG_RT_SAVE_IO_ERROR 4u

/* Little-endian field encoding of the state blob (the compiler's serializer calls these): a double as
 * its 8 IEEE 754 bytes, a 32-bit word as 4 bytes. No alignment needed. */
void rg_rt_put_f64(uint8_t *out, double v);
double rg_rt_get_f64(const uint8_t *in);
void rg_rt_put_u32(uint8_t *out, uint32_t v);
uint32_t rg_rt_get_u32(const uint8_t *in);

/* saveState(): commits len bytes under the app's schema hash; returns RG_RT_SAVE_* (the kernel's
 * RG_ERR_TOO_BIG is over-quota, RG_ERR_NO_SPACE no-space, RG_ERR_WORN worn-out, anything else io-error). */
uint8_t rg_rt_state_save(const uint8_t *data, uint32_t len, uint32_t schema_hash);
/* loadState(): copies the last committed state into buf; true only when one saved under schema_hash with
 * exactly len bytes exists (none, refused as another schema, or another size all give false). */
bool rg_rt_state_load(uint8_t *buf, uint32_t len, uint32_t schema_hash);
/* startInfo().stateRefused: true when the saved state exists but has another schema hash. scratch is
 * cap bytes the kernel may copy into. */
bool rg_rt_state_refused(uint8_t *scratch, uint32_t cap, uint32_t schema_hash);
/* Appends a saveState result's name, e.g. "over-quota". */
void rg_rt_line_save_result(rg_rt_line_t *line, uint32_t result);

#endif /* RG_RT_H */
