/* nor-emu.c: the emulated NOR flash (see nor-emu.h): NOR rules, operation counting, torn cuts. */
#include "nor-emu.h"

#include <string.h>

uint32_t emu_rand(uint32_t *state) {
  uint32_t x = *state != 0 ? *state : 0x9E3779B9u;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  *state = x;
  return x;
}

static emu_t *emu_of(const rg_flash_t *flash) { return (emu_t *)flash->ctx; }

static uint32_t size_of(const emu_t *emu) { return emu->flash.sector_size * emu->flash.sector_count; }

/* Counts an operation; returns 1 when power fails at it. */
static int cut_here(emu_t *emu) { return emu->ops++ == emu->cut_at; }

static int emu_read(const rg_flash_t *flash, uint32_t addr, void *buf, uint32_t len) {
  emu_t *emu = emu_of(flash);
  if (emu->dead) {
    return RG_ERR_IO;
  }
  if (addr > size_of(emu) || len > size_of(emu) - addr) {
    emu->violations++;
    return RG_ERR_INVALID;
  }
  memcpy(buf, emu->mem + addr, len);
  emu->bytes_read += len;
  return 0;
}

static int emu_program(const rg_flash_t *flash, uint32_t addr, const void *buf, uint32_t len) {
  emu_t *emu = emu_of(flash);
  if (emu->dead) {
    return RG_ERR_IO;
  }
  if (addr % 4u != 0 || len % 4u != 0 || addr > size_of(emu) || len > size_of(emu) - addr ||
      ((uintptr_t)buf) % 4u != 0) {
    emu->violations++;
    return RG_ERR_INVALID;
  }
  const uint8_t *src = buf;
  for (uint32_t i = 0; i < len; i += 4) {
    uint32_t old = 0;
    uint32_t want = 0;
    memcpy(&old, emu->mem + addr + i, 4);
    memcpy(&want, src + i, 4);
    if (old != 0xFFFFFFFFu) {
      /* A second program of a word: forbidden by the store's own rule (and by ECC flash). */
      emu->violations++;
      return RG_ERR_INVALID;
    }
    if (cut_here(emu)) {
      if (emu->cut_torn) {
        /* Some of the bits that were to be cleared are cleared, the others stay 1. */
        uint32_t reached = emu_rand(&emu->rng);
        uint32_t torn = old & (want | ~reached);
        memcpy(emu->mem + addr + i, &torn, 4);
      }
      emu->dead = 1;
      return RG_ERR_IO;
    }
    if (emu->worn_sectors & (1u << ((addr + i) / emu->flash.sector_size % 32u))) {
      want |= 0x10u; /* a worn cell no longer programs */
    }
    memcpy(emu->mem + addr + i, &want, 4);
    emu->bytes_programmed += 4;
  }
  return 0;
}

static int emu_erase(const rg_flash_t *flash, uint32_t sector) {
  emu_t *emu = emu_of(flash);
  if (emu->dead) {
    return RG_ERR_IO;
  }
  if (sector >= emu->flash.sector_count) {
    emu->violations++;
    return RG_ERR_INVALID;
  }
  uint8_t *base = emu->mem + sector * emu->flash.sector_size;
  if (cut_here(emu)) {
    if (emu->cut_torn) {
      /* Half erased: each word either erased or still old. */
      for (uint32_t i = 0; i < emu->flash.sector_size; i += 4) {
        if (emu_rand(&emu->rng) & 1u) {
          memset(base + i, 0xFF, 4);
        }
      }
    }
    emu->dead = 1;
    return RG_ERR_IO;
  }
  memset(base, 0xFF, emu->flash.sector_size);
  emu->erases++;
  if (emu->erase_counts != NULL) {
    emu->erase_counts[sector]++;
  }
  return 0;
}

void emu_init(emu_t *emu, uint8_t *mem, uint32_t sector_size, uint32_t sector_count) {
  memset(emu, 0, sizeof *emu);
  emu->flash.sector_size = sector_size;
  emu->flash.sector_count = sector_count;
  emu->flash.word_size = 4;
  emu->flash.read = emu_read;
  emu->flash.program = emu_program;
  emu->flash.erase = emu_erase;
  emu->flash.ctx = emu;
  emu->mem = mem;
  emu->cut_at = EMU_NEVER;
  emu->rng = 1;
}

void emu_power_on(emu_t *emu) {
  emu->dead = 0;
  emu->cut_at = EMU_NEVER;
}
