/* rg_flash.h: the flash driver interface the state store writes through.
 *
 * A board (or a test) describes one flash partition as a geometry plus three callbacks. Addresses are byte
 * offsets inside the partition, not CPU addresses: the store never assumes the flash is memory-mapped.
 * The callbacks follow NOR rules: erase sets a whole sector to 0xFF, a program can only clear bits and works
 * on whole aligned words. Every callback returns 0 or a negative RG_ERR_* from rg_abi.h.
 */
#ifndef RG_FLASH_H
#define RG_FLASH_H

#include <stdint.h>

#include "rg_abi.h"

typedef struct rg_flash rg_flash_t;

struct rg_flash {
  /* Bytes per erase sector; a multiple of word_size. The state store needs at least 128. */
  uint32_t sector_size;
  /* Sectors in the partition; the state store needs 2..255. */
  uint32_t sector_count;
  /* Program granularity in bytes; the state store supports 4 (and any driver whose word divides 4). */
  uint32_t word_size;
  /* Copies len bytes at partition offset addr into buf. Any alignment. RG_ERR_IO on a bus error. */
  int (*read)(const rg_flash_t *flash, uint32_t addr, void *buf, uint32_t len);
  /* Programs len bytes from buf at addr; addr and len are multiples of word_size and each word is still erased.
   * RG_ERR_IO on failure, RG_ERR_WORN when the hardware reports the sector worn out. */
  int (*program)(const rg_flash_t *flash, uint32_t addr, const void *buf, uint32_t len);
  /* Erases sector number `sector` (0-based) to 0xFF. RG_ERR_IO or RG_ERR_WORN on failure. */
  int (*erase)(const rg_flash_t *flash, uint32_t sector);
  /* The driver's own state (registers, a RAM image, a file); the store never touches it. */
  void *ctx;
};

#endif /* RG_FLASH_H */
