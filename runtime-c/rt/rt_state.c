/* rt_state.c: the runtime half of saveState/loadState: byte encoding helpers and the state syscalls.
 *
 * The compiler generates a straight-line serializer per state type (compiler/src/emit/emit-state.ts) that
 * calls the put/get helpers here, then hands the blob and the type's schema hash to the kernel. Kernel
 * error codes become the small saveState result enum the app sees; every failure is a result, never
 * silence.
 */
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "rg_rt.h"
#include "rg_syscall.h"

void rg_rt_put_u32(uint8_t *out, uint32_t v) {
  out[0] = (uint8_t)v;
  out[1] = (uint8_t)(v >> 8);
  out[2] = (uint8_t)(v >> 16);
  out[3] = (uint8_t)(v >> 24);
}

uint32_t rg_rt_get_u32(const uint8_t *in) {
  return (uint32_t)in[0] | ((uint32_t)in[1] << 8) | ((uint32_t)in[2] << 16) | ((uint32_t)in[3] << 24);
}

void rg_rt_put_f64(uint8_t *out, double v) {
  /* memcpy is the defined way to see a double's bits; both targets keep doubles in IEEE 754 binary64. */
  uint64_t bits;
  memcpy(&bits, &v, sizeof bits);
  rg_rt_put_u32(out, (uint32_t)bits);
  rg_rt_put_u32(out + 4, (uint32_t)(bits >> 32));
}

double rg_rt_get_f64(const uint8_t *in) {
  uint64_t bits = (uint64_t)rg_rt_get_u32(in) | ((uint64_t)rg_rt_get_u32(in + 4) << 32);
  double v;
  memcpy(&v, &bits, sizeof v);
  return v;
}

uint8_t rg_rt_state_save(const uint8_t *data, uint32_t len, uint32_t schema_hash) {
  int32_t r = rg_syscall(RG_SYS_STATE_SAVE, (uint32_t)(uintptr_t)data, len, schema_hash);
  switch (r) {
    case RG_OK:
      return RG_RT_SAVE_OK;
    case RG_ERR_TOO_BIG:
      return RG_RT_SAVE_OVER_QUOTA;
    case RG_ERR_NO_SPACE:
      return RG_RT_SAVE_NO_SPACE;
    case RG_ERR_WORN:
      return RG_RT_SAVE_WORN_OUT;
    default:
      return RG_RT_SAVE_IO_ERROR;
  }
}

bool rg_rt_state_load(uint8_t *buf, uint32_t len, uint32_t schema_hash) {
  int32_t r = rg_syscall(RG_SYS_STATE_LOAD, (uint32_t)(uintptr_t)buf, len, schema_hash);
  /* A blob of another length under the same hash cannot come from this app version's serializer. */
  return r >= 0 && (uint32_t)r == len;
}

bool rg_rt_state_refused(uint8_t *scratch, uint32_t cap, uint32_t schema_hash) {
  return rg_syscall(RG_SYS_STATE_LOAD, (uint32_t)(uintptr_t)scratch, cap, schema_hash) == RG_ERR_SCHEMA;
}

void rg_rt_line_save_result(rg_rt_line_t *line, uint32_t result) {
  switch (result) {
    case RG_RT_SAVE_OK:
      rg_rt_line_text(line, "ok", 2);
      break;
    case RG_RT_SAVE_OVER_QUOTA:
      rg_rt_line_text(line, "over-quota", 10);
      break;
    case RG_RT_SAVE_NO_SPACE:
      rg_rt_line_text(line, "no-space", 8);
      break;
    case RG_RT_SAVE_WORN_OUT:
      rg_rt_line_text(line, "worn-out", 8);
      break;
    default:
      rg_rt_line_text(line, "io-error", 8);
      break;
  }
}
