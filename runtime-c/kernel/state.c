/* state.c: the kernel's side of the flash state store — mount at boot, the state syscalls, release on exit.
 *
 * The store itself (runtime-c/state/rg_state.c) knows flash and records; this file knows apps: it turns an
 * app table row into the store's identity (slot, name hash, quota from app.json `stateBytes`), checks every
 * pointer an app hands over so the kernel never reads or writes outside the app's own memory, refuses a blob
 * saved under another state schema, and reports what happened as state-* events. The board supplies the
 * partition through rg_hal_state_flash (rg_hal_flash.h); a board without one gets RG_ERR_IO from every save.
 */
#include <stddef.h>
#include <string.h>

#include "rg_abi.h"
#include "rg_frame.h"
#include "rg_hal.h"
#include "rg_hal_flash.h"
#include "rg_kernel_internal.h"
#include "rg_state.h"

static rg_state_t s_store;

#ifdef RG_MEASURE_STATE
/* Bench builds (-DRG_MEASURE_STATE) time every mount and save in ticks (rg_hal_tick_hz) as measure events. */
static void measure(uint8_t key, uint32_t ticks)
{
  rg_frame_begin(RG_EV_MEASURE, rg_hal_now_ms());
  rg_frame_put_u8(key);
  rg_frame_put_u32(ticks);
  rg_frame_end();
}
#endif

static rg_state_app_t identity(uint32_t app)
{
  rg_state_app_t who = {(uint8_t)app, rg_apps[app].name_hash, rg_apps[app].state_bytes};
  return who;
}

void rg_kernel_state_boot(void)
{
  const rg_flash_t *flash = rg_hal_state_flash();
  if (flash == NULL) {
    return; /* s_store.mounted stays 0: every call below answers with an error */
  }
#ifdef RG_MEASURE_STATE
  uint32_t t0 = rg_hal_ticks();
  (void)rg_state_mount(&s_store, flash);
  measure(RG_MEASURE_MOUNT_TICKS, rg_hal_ticks() - t0);
#else
  (void)rg_state_mount(&s_store, flash);
#endif
  if (s_store.damage != 0u) {
    /* The store is read-only now; it never erases what it could not read, a human decides (regen state dump).
     * `sectors` carries the RG_STATE_DAMAGE_* flags, `records` the power cuts recovered. */
    rg_frame_begin(RG_EV_STATE_DAMAGE, rg_hal_now_ms());
    rg_frame_put_u16(s_store.torn);
    rg_frame_put_u8((uint8_t)s_store.damage);
    rg_frame_end();
  }
}

int rg_kernel_state_has(uint32_t app)
{
  if (rg_apps[app].state_bytes == 0u || !s_store.mounted) {
    return 0;
  }
  uint32_t len = 0;
  uint32_t hash = 0;
  rg_state_app_t who = identity(app);
  /* A zero-capacity load answers "exists" (RG_ERR_TOO_BIG, or 0 for an empty blob) without copying. */
  int r = rg_state_load(&s_store, &who, NULL, 0u, &len, &hash);
  return r == 0 || r == RG_ERR_TOO_BIG;
}

void rg_kernel_state_release(uint32_t app)
{
  if (rg_apps[app].state_bytes != 0u && s_store.mounted && s_store.damage == 0u) {
    rg_state_app_t who = identity(app);
    /* Best effort: a failed release leaves the old state, which the app's next version may still refuse. */
    (void)rg_state_release(&s_store, &who);
  }
}

/* 1 when [ptr, ptr + len) lies inside [base, base + bytes); written so that no sum can wrap. */
static int inside(uint32_t ptr, uint32_t len, const uint8_t *base, uint32_t bytes)
{
  uint32_t b = (uint32_t)(uintptr_t)base;
  return base != NULL && ptr >= b && ptr - b <= bytes && len <= bytes - (ptr - b);
}

int rg_kernel_app_can_write(uint32_t app, uint32_t ptr, uint32_t len)
{
  const rg_app_desc_t *d = &rg_apps[app];
  if (d->ram_base == NULL && d->stack_base == NULL) {
    return 1; /* native: stacks and globals are the host's business, one address space */
  }
  /* The app's globals and its stack, each from the app table. With an MPU the stack lies inside the RAM
   * block anyway; without one (microbit's packed layout) the stacks sit apart at the bottom of RAM, and a
   * compiled loadState decodes from a buffer on the stack. Kernel RAM is in neither range. */
  return inside(ptr, len, d->ram_base, d->ram_bytes) || inside(ptr, len, d->stack_base, d->stack_bytes);
}

int32_t rg_kernel_state_save(uint32_t app, uint32_t ptr, uint32_t len, uint32_t schema_hash)
{
  const rg_app_desc_t *d = &rg_apps[app];
  if (len > d->state_bytes || len > 0xFFFFu) {
    return RG_ERR_TOO_BIG; /* before anything is read: nothing written */
  }
  if (!s_store.mounted) {
    return RG_ERR_IO;
  }
  rg_state_app_t who = identity(app);
#ifdef RG_MEASURE_STATE
  uint32_t t0 = rg_hal_ticks();
  int r = rg_state_save(&s_store, &who, schema_hash, (const void *)(uintptr_t)ptr, len);
  measure(RG_MEASURE_SAVE_TICKS, rg_hal_ticks() - t0);
#else
  int r = rg_state_save(&s_store, &who, schema_hash, (const void *)(uintptr_t)ptr, len);
#endif
  if (r == 0) {
    rg_frame_begin(RG_EV_STATE_SAVE, rg_hal_now_ms());
    rg_frame_put_u8((uint8_t)app);
    rg_frame_put_u16((uint16_t)len);
    rg_frame_end();
  }
  return r;
}

int32_t rg_kernel_state_load(uint32_t app, uint32_t ptr, uint32_t cap, uint32_t schema_hash)
{
  if (rg_apps[app].state_bytes == 0u || !s_store.mounted) {
    return RG_ERR_NOT_FOUND;
  }
  uint32_t len = 0;
  uint32_t saved = 0;
  rg_state_app_t who = identity(app);
  void *buf = (void *)(uintptr_t)ptr;
  int r = rg_state_load(&s_store, &who, cap == 0u ? NULL : buf, cap, &len, &saved);
  if (r != 0) {
    return r;
  }
  if (saved != schema_hash) {
    /* Saved by an app version with another state type: not handed over, the app starts fresh. */
    memset(buf, 0, len);
    rg_frame_begin(RG_EV_STATE_SCHEMA, rg_hal_now_ms());
    rg_frame_put_u8((uint8_t)app);
    rg_frame_put_u32(saved);
    rg_frame_put_u32(schema_hash);
    rg_frame_end();
    return RG_ERR_SCHEMA;
  }
  rg_frame_begin(RG_EV_STATE_RESTORE, rg_hal_now_ms());
  rg_frame_put_u8((uint8_t)app);
  rg_frame_put_u16((uint16_t)len);
  rg_frame_end();
  return (int32_t)len;
}
