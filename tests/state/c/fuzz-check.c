/* fuzz-check.c: the checks both mount fuzzers apply to one partition image (see fuzz-check.h). */
#include "fuzz-check.h"

#include <string.h>

#include "nor-emu.h"
#include "rg_state.h"

rg_state_app_t fuzz_app(uint32_t a) {
  rg_state_app_t app = {(uint8_t)a, 0xB0B0u + a, 200};
  return app;
}

const char *fuzz_check_image(uint8_t *mem, uint32_t sectors, uint32_t size, uint32_t seed, int *clean_out) {
  const uint32_t bytes = sectors * size;
  uint32_t rng = seed | 1u;
  emu_t emu;
  emu_init(&emu, mem, size, sectors);
  rg_state_t st;
  int err = rg_state_mount(&st, &emu.flash);
  const char *why = NULL;
  if (emu.bytes_read > 4u * bytes) {
    why = "mount read more than 4x the partition";
  }
  int clean = err == 0 && st.damage == 0;
  *clean_out = clean;
  uint8_t buf[64];
  for (uint32_t a = 0; a < FUZZ_APPS; a++) {
    rg_state_app_t app = fuzz_app(a);
    uint32_t len = 0;
    uint32_t schema = 0;
    int got = rg_state_load(&st, &app, buf, sizeof buf, &len, &schema);
    if (got == 0 && len > sizeof buf) {
      why = "load overran its buffer";
    }
  }
  rg_state_app_t app = fuzz_app(emu_rand(&rng) % FUZZ_APPS);
  uint8_t data[16];
  for (uint32_t b = 0; b < sizeof data; b++) {
    data[b] = (uint8_t)emu_rand(&rng);
  }
  int saved = rg_state_save(&st, &app, 0x5C4E3Au, data, sizeof data);
  if (!clean) {
    (void)rg_state_release(&st, &app);
    if (emu.bytes_programmed != 0 || emu.erases != 0 || emu.violations != 0) {
      return "wrote to a partition it could not read";
    }
    if (saved != RG_ERR_CORRUPT && saved != RG_ERR_INVALID) {
      return "save on a damaged store did not say so";
    }
    return why;
  }
  if (saved == RG_ERR_NO_SPACE) {
    return why;
  }
  uint32_t len = 0;
  uint32_t schema = 0;
  err = rg_state_mount(&st, &emu.flash);
  int loaded = rg_state_load(&st, &app, buf, sizeof buf, &len, &schema);
  if (saved != 0 || err != 0 || st.damage != 0 || loaded != 0 || len != sizeof data || schema != 0x5C4E3Au ||
      memcmp(buf, data, len) != 0 || emu.violations != 0) {
    return "a clean store did not keep working";
  }
  return why;
}
