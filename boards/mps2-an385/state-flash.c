/* state-flash.c: the mps2-an385 state partition, in PSRAM at 0x21000000 with NOR rules kept in software.
 *
 * The MPS2 has no flash controller QEMU emulates, but its PSRAM can be backed by a file
 * (memory-backend-file), so what is stored there survives a power cycle of QEMU and even `kill -9` in the
 * middle of a write: a faithful power cut. To make the state store meet the same rules as on real flash,
 * a program ANDs each word into place (it can only clear bits) and an erase fills the sector with 0xFF.
 * Place and size come from board.json `statePartition` (RG_STATE_BASE, RG_STATE_BYTES,
 * RG_STATE_SECTOR_BYTES). Kernel context only: the MPU keeps apps out of PSRAM.
 */
#include <stdint.h>
#include <string.h>

#include "rg_abi.h"
#include "rg_flash.h"
#include "rg_hal_flash.h"

#define WORD 4u

static int in_partition(uint32_t addr, uint32_t len)
{
  return addr <= RG_STATE_BYTES && len <= RG_STATE_BYTES - addr;
}

static volatile uint32_t *word_at(uint32_t addr)
{
  return (volatile uint32_t *)(uintptr_t)(RG_STATE_BASE + addr);
}

static int psram_read(const rg_flash_t *flash, uint32_t addr, void *buf, uint32_t len)
{
  (void)flash;
  if (!in_partition(addr, len)) {
    return RG_ERR_INVALID;
  }
  memcpy(buf, (const void *)(uintptr_t)(RG_STATE_BASE + addr), len);
  return 0;
}

static int psram_program(const rg_flash_t *flash, uint32_t addr, const void *buf, uint32_t len)
{
  (void)flash;
  if (!in_partition(addr, len) || addr % WORD != 0u || len % WORD != 0u) {
    return RG_ERR_INVALID;
  }
  const uint8_t *from = buf;
  int result = 0;
  for (uint32_t i = 0; i < len; i += WORD) {
    uint32_t word;
    memcpy(&word, from + i, WORD);
    volatile uint32_t *to = word_at(addr + i);
    uint32_t stored = *to & word; /* NOR: programming can only clear bits */
    *to = stored;
    if (stored != word) {
      result = RG_ERR_IO;
    }
  }
  return result;
}

static int psram_erase(const rg_flash_t *flash, uint32_t sector)
{
  (void)flash;
  if (sector >= RG_STATE_BYTES / RG_STATE_SECTOR_BYTES) {
    return RG_ERR_INVALID;
  }
  for (uint32_t i = 0; i < RG_STATE_SECTOR_BYTES; i += WORD) {
    *word_at(sector * RG_STATE_SECTOR_BYTES + i) = 0xFFFFFFFFu;
  }
  return 0;
}

static const rg_flash_t s_flash = {
    .sector_size = RG_STATE_SECTOR_BYTES,
    .sector_count = RG_STATE_BYTES / RG_STATE_SECTOR_BYTES,
    .word_size = WORD,
    .read = psram_read,
    .program = psram_program,
    .erase = psram_erase,
    .ctx = NULL,
};

const rg_flash_t *rg_hal_state_flash(void)
{
  return &s_flash;
}
