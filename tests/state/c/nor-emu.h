/* nor-emu.h: a RAM-backed NOR flash for the state store's host tests, with power-cut injection.
 *
 * It enforces what real NOR flash does and what the store promises on top: erase sets a sector to 0xFF,
 * programs are aligned whole words, and a word is programmed only while it is still erased (the store never
 * re-programs). Breaking a rule counts a violation and fails the call. Every word program and every sector
 * erase is one numbered operation; arming `cut_at` makes power fail at that operation, either before it
 * (`cut_torn` 0) or half way through it (`cut_torn` 1: some bits of the word programmed, or some words of
 * the sector erased), after which every call fails with RG_ERR_IO until the test "reboots" (emu_power_on).
 */
#ifndef NOR_EMU_H
#define NOR_EMU_H

#include <stdint.h>

#include "rg_flash.h"

#define EMU_NEVER UINT64_MAX

typedef struct {
  rg_flash_t flash; /* hand &emu.flash to the store; flash.ctx points back here */
  uint8_t *mem;     /* sector_size * sector_count bytes */
  uint64_t ops;     /* word programs + erases so far */
  uint64_t cut_at;  /* operation number at which power fails, or EMU_NEVER */
  int cut_torn;     /* 1: the cut operation is half done; 0: not done at all */
  int dead;         /* power is off */
  uint32_t rng;     /* decides which bits / words a torn operation reaches */
  uint64_t violations;
  uint64_t bytes_programmed;
  uint64_t erases;
  uint64_t bytes_read;
  uint32_t *erase_counts; /* per sector, may be NULL */
  uint32_t worn_sectors;  /* bit s set: sector s is worn out, programs there leave bits 0x10 of each word at 1 */
} emu_t;

/* Sets up an emulator over caller-owned memory (left as it is). */
void emu_init(emu_t *emu, uint8_t *mem, uint32_t sector_size, uint32_t sector_count);

/* Power comes back: clears the cut. */
void emu_power_on(emu_t *emu);

/* A small deterministic generator (xorshift32) shared by the test programs. */
uint32_t emu_rand(uint32_t *state);

#endif /* NOR_EMU_H */
