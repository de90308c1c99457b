/* unit.c: the state store's behaviour apart from power cuts, one small case per promise of rg_state.h.
 *
 * Each case runs on the emulated NOR flash (nor-emu.h) and prints one line; the program exits 1 if any case
 * fails. The mocha suite runs it under ASan/UBSan. Usage: unit
 */
#include <stdio.h>
#include <string.h>

#include "nor-emu.h"
#include "rg_state.h"

#define SECTORS 4u
#define SECTOR 512u

static uint8_t mem[SECTORS * SECTOR];
static int failed;

static void expect(int ok, const char *what) {
  printf("%s %s\n", ok ? "ok  " : "FAIL", what);
  failed |= !ok;
}

static void fresh(emu_t *emu, rg_state_t *st, int fill) {
  memset(mem, fill, sizeof mem);
  emu_init(emu, mem, SECTOR, SECTORS);
  (void)rg_state_mount(st, &emu->flash);
}

static int load(rg_state_t *st, const rg_state_app_t *app, uint8_t *buf, uint32_t *len, uint32_t *schema) {
  return rg_state_load(st, app, buf, 256, len, schema);
}

int main(void) {
  emu_t emu;
  rg_state_t st;
  const rg_state_app_t a = {0, 0xAAAA0001u, 100};
  const rg_state_app_t b = {1, 0xBBBB0002u, 100};
  const rg_state_app_t a_other = {0, 0xCCCC0003u, 100};
  uint8_t buf[256];
  uint8_t data[SECTOR];
  uint32_t len = 0;
  uint32_t schema = 0;
  for (uint32_t i = 0; i < sizeof data; i++) {
    data[i] = (uint8_t)(i * 7u + 3u);
  }

  fresh(&emu, &st, 0xFF);
  expect(st.mounted && st.damage == 0 && st.live == 0, "an erased partition mounts as blank");
  expect(load(&st, &a, buf, &len, &schema) == RG_ERR_NOT_FOUND, "a blank store has no state");
  expect(rg_state_save(&st, &a, 0x5C0001u, data, 40) == 0, "save");
  expect(load(&st, &a, buf, &len, &schema) == 0 && len == 40 && schema == 0x5C0001u &&
             memcmp(buf, data, 40) == 0,
         "load gives back the blob and its schema hash");
  expect(rg_state_save(&st, &a, 0x5C0001u, data, 0) == 0 && load(&st, &a, buf, &len, &schema) == 0 && len == 0,
         "an empty blob is a state");
  expect(load(&st, &a_other, buf, &len, &schema) == RG_ERR_NOT_FOUND,
         "another app in the same slot does not get the state");
  expect(rg_state_load(&st, &a, buf, 0, &len, &schema) == 0, "a zero-length state fits a zero-length buffer");
  (void)rg_state_save(&st, &a, 7, data, 40);
  expect(rg_state_load(&st, &a, buf, 39, &len, &schema) == RG_ERR_TOO_BIG, "a too small buffer is TOO_BIG");

  uint64_t programmed = emu.bytes_programmed;
  expect(rg_state_save(&st, &a, 1, data, 101) == RG_ERR_TOO_BIG && emu.bytes_programmed == programmed,
         "over quota: TOO_BIG and nothing written");
  rg_state_app_t big = {2, 1, 100000};
  expect(rg_state_save(&st, &big, 1, data, SECTOR) == RG_ERR_TOO_BIG && emu.bytes_programmed == programmed,
         "larger than a sector holds: TOO_BIG and nothing written");
  rg_state_app_t bad = {RG_STATE_MAX_APPS, 1, 10};
  expect(rg_state_save(&st, &bad, 1, data, 4) == RG_ERR_INVALID, "an app id out of range is INVALID");
  expect(load(&st, &a, buf, &len, &schema) == 0 && len == 40 && schema == 7, "the previous state survives them");

  expect(rg_state_save(&st, &b, 2, data + 1, 17) == 0 && rg_state_release(&st, &a) == 0, "release");
  expect(load(&st, &a, buf, &len, &schema) == RG_ERR_NOT_FOUND, "a released app has no state");
  programmed = emu.bytes_programmed;
  expect(rg_state_release(&st, &a) == 0 && emu.bytes_programmed == programmed,
         "releasing twice writes nothing the second time");
  expect(rg_state_mount(&st, &emu.flash) == 0 && load(&st, &a, buf, &len, &schema) == RG_ERR_NOT_FOUND &&
             load(&st, &b, buf, &len, &schema) == 0 && len == 17 && memcmp(buf, data + 1, 17) == 0,
         "after a remount: released stays released, the other app keeps its state");

  /* Many saves go round the ring; the newest always wins. */
  int ok = 1;
  for (uint32_t i = 0; i < 500 && ok; i++) {
    data[0] = (uint8_t)i;
    ok = rg_state_save(&st, &a, i, data, 1u + i % 90u) == 0;
  }
  ok = ok && rg_state_mount(&st, &emu.flash) == 0 && load(&st, &a, buf, &len, &schema) == 0 && schema == 499 &&
       len == 1u + 499u % 90u && buf[0] == (uint8_t)499;
  expect(ok && load(&st, &b, buf, &len, &schema) == 0 && len == 17, "500 saves around the ring, then a remount");

  /* Largest records, many times round the ring: each needs a sector of its own, and always finds one. */
  fresh(&emu, &st, 0xFF);
  ok = 1;
  for (uint32_t i = 0; i < 40 && ok; i++) {
    rg_state_app_t app = {(uint8_t)(i % 2u), i % 2u, 1000};
    ok = rg_state_save(&st, &app, i, data, rg_state_max_record(&emu.flash)) == 0;
  }
  expect(ok && rg_state_max_record(&emu.flash) == SECTOR - 68u, "largest records keep fitting after the ring wraps");

  /* Two states that never change fill the first sector (opened before the ring wrapped, so without a retire
   * marker) as far as allowed; compaction must carry both, plus a marker, into one sector again and again. */
  fresh(&emu, &st, 0xFF);
  const rg_state_app_t still0 = {0, 10, 1000};
  const rg_state_app_t still1 = {1, 11, 1000};
  const rg_state_app_t busy = {2, 12, 1000};
  ok = rg_state_save(&st, &still0, 100, data, 216) == 0 && rg_state_save(&st, &still1, 101, data + 1, 216) == 0;
  for (uint32_t i = 0; i < 60 && ok; i++) {
    ok = rg_state_save(&st, &busy, i, data + 2, 100) == 0;
  }
  ok = ok && rg_state_mount(&st, &emu.flash) == 0 && st.damage == 0 &&
       rg_state_load(&st, &still0, buf, 216, &len, &schema) == 0 && schema == 100 && memcmp(buf, data, 216) == 0 &&
       rg_state_load(&st, &still1, buf, 216, &len, &schema) == 0 && schema == 101 &&
       memcmp(buf, data + 1, 216) == 0;
  expect(ok && emu.violations == 0, "states that never change are carried round the ring, sector-full");

  /* Fill until it no longer fits: NO_SPACE, and everything saved so far stays. */
  fresh(&emu, &st, 0xFF);
  int err = 0;
  uint32_t saved = 0;
  for (uint32_t id = 0; id < RG_STATE_MAX_APPS && err == 0; id++) {
    rg_state_app_t app = {(uint8_t)id, id, 1000};
    err = rg_state_save(&st, &app, id, data, rg_state_max_record(&emu.flash));
    saved += err == 0;
  }
  expect(err == RG_ERR_NO_SPACE && saved == SECTORS - 1u, "live states that do not fit: NO_SPACE");
  ok = rg_state_mount(&st, &emu.flash) == 0;
  for (uint32_t id = 0; id < saved && ok; id++) {
    rg_state_app_t app = {(uint8_t)id, id, 1000};
    ok = rg_state_load(&st, &app, data, sizeof data, &len, &schema) == 0 && schema == id;
  }
  expect(ok, "after NO_SPACE every saved state is still there");

  /* QEMU's never-written memory reads 0x00: blank, formatted by the first save. */
  fresh(&emu, &st, 0x00);
  expect(st.damage == 0 && st.needs_format, "an all-zero partition mounts as blank");
  expect(rg_state_save(&st, &a, 3, data, 8) == 0 && emu.erases == SECTORS, "the first save formats it");
  expect(rg_state_mount(&st, &emu.flash) == 0 && st.damage == 0 && load(&st, &a, buf, &len, &schema) == 0,
         "and it mounts clean afterwards");

  /* A partition of another geometry is refused and left alone. */
  fresh(&emu, &st, 0xFF);
  (void)rg_state_save(&st, &a, 3, data, 8);
  emu_t other;
  emu_init(&other, mem, SECTOR / 2u, SECTORS * 2u);
  programmed = other.bytes_programmed;
  expect(rg_state_mount(&st, &other.flash) == 0 && st.damage != 0 &&
             rg_state_save(&st, &a, 3, data, 8) == RG_ERR_CORRUPT && other.bytes_programmed == 0 &&
             other.erases == 0,
         "another geometry: damage reported, nothing written");
  emu_init(&other, mem, SECTOR, SECTORS - 1u);
  expect(rg_state_mount(&st, &other.flash) == 0 && (st.damage & RG_STATE_DAMAGE_FOREIGN) != 0 &&
             rg_state_save(&st, &a, 3, data, 8) == RG_ERR_CORRUPT && other.bytes_programmed == 0,
         "another sector count: foreign, nothing written");

  /* Garbage in the middle of a live sector is damage: read-only, loads still answer. */
  fresh(&emu, &st, 0xFF);
  (void)rg_state_save(&st, &a, 3, data, 8);
  (void)rg_state_save(&st, &b, 4, data, 8);
  mem[20 + 24] ^= 0x01u; /* a data byte of a's record, followed by b's valid record */
  expect(rg_state_mount(&st, &emu.flash) == 0 && (st.damage & RG_STATE_DAMAGE_RECORD) != 0 &&
             rg_state_save(&st, &a, 3, data, 8) == RG_ERR_CORRUPT,
         "a corrupt record before a valid one is damage and the store turns read-only");

  /* Worn flash: a program that does not take is RG_ERR_WORN, and the old state stays. */
  fresh(&emu, &st, 0xFF);
  (void)rg_state_save(&st, &a, 3, data, 8);
  emu.worn_sectors = 1u;
  expect(rg_state_save(&st, &a, 4, data, 12) == RG_ERR_WORN, "a save on worn flash gives WORN");
  expect(load(&st, &a, buf, &len, &schema) == 0 && schema == 3 && len == 8, "and the previous state stays");
  emu.worn_sectors = 0;
  expect(rg_state_save(&st, &a, 5, data, 12) == 0 && rg_state_mount(&st, &emu.flash) == 0 && st.damage == 0 &&
             load(&st, &a, buf, &len, &schema) == 0 && schema == 5,
         "the next save moves on to a good sector");

  /* Geometry the store cannot use. */
  emu_init(&other, mem, 100, 4);
  expect(rg_state_mount(&st, &other.flash) == RG_ERR_INVALID && !st.mounted &&
             rg_state_save(&st, &a, 1, data, 1) == RG_ERR_INVALID,
         "an unusable geometry is refused");

  expect(sizeof(rg_state_t) <= 256u, "rg_state_t fits in 256 bytes");
  expect(emu.violations == 0 && other.violations == 0, "no NOR rule was broken");
  return failed;
}
