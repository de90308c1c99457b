/* nvmc.c: the microbit state partition on the nRF51's own flash, written through the NVMC.
 *
 * The partition is the top RG_STATE_BYTES of flash (1 KiB pages; link.ld keeps code out of it). Reads
 * are plain loads (flash is memory-mapped); a program enables writes (CONFIG = 1), stores whole words,
 * waiting for READY after each; an erase enables erasing (CONFIG = 2) and writes the page's address to
 * ERASEPAGE. CONFIG goes back to read-only after every operation so a stray store cannot reach flash.
 * The CPU stalls while the NVMC works, so READY is a formality on the chip; QEMU models it too.
 */
#include <stdint.h>
#include <string.h>

#include "rg_abi.h"
#include "rg_flash.h"
#include "rg_hal_flash.h"

#include "microbit.h"

#define WORD 4u

static void wait_ready(void)
{
  while ((NVMC_READY & 1u) == 0u) {
  }
}

static int in_partition(uint32_t addr, uint32_t len)
{
  return addr <= RG_STATE_BYTES && len <= RG_STATE_BYTES - addr;
}

static int nvmc_read(const rg_flash_t *flash, uint32_t addr, void *buf, uint32_t len)
{
  (void)flash;
  if (!in_partition(addr, len)) {
    return RG_ERR_INVALID;
  }
  memcpy(buf, (const void *)(uintptr_t)(RG_STATE_BASE + addr), len);
  return 0;
}

static int nvmc_program(const rg_flash_t *flash, uint32_t addr, const void *buf, uint32_t len)
{
  (void)flash;
  if (!in_partition(addr, len) || addr % WORD != 0u || len % WORD != 0u) {
    return RG_ERR_INVALID;
  }
  const uint8_t *from = buf;
  int result = 0;
  wait_ready();
  NVMC_CONFIG = NVMC_CONFIG_WRITE;
  for (uint32_t i = 0; i < len; i += WORD) {
    uint32_t word;
    memcpy(&word, from + i, WORD);
    volatile uint32_t *to = (volatile uint32_t *)(uintptr_t)(RG_STATE_BASE + addr + i);
    *to = word;
    wait_ready();
    /* NOR: a bit already 0 stays 0; a word that was not erased reads back differently. */
    if (*to != word) {
      result = RG_ERR_IO;
    }
  }
  NVMC_CONFIG = NVMC_CONFIG_READ;
  wait_ready();
  return result;
}

static int nvmc_erase(const rg_flash_t *flash, uint32_t sector)
{
  (void)flash;
  if (sector >= RG_STATE_BYTES / RG_STATE_SECTOR_BYTES) {
    return RG_ERR_INVALID;
  }
  uint32_t page = RG_STATE_BASE + sector * RG_STATE_SECTOR_BYTES;
  wait_ready();
  NVMC_CONFIG = NVMC_CONFIG_ERASE;
  NVMC_ERASEPAGE = page;
  wait_ready();
  NVMC_CONFIG = NVMC_CONFIG_READ;
  wait_ready();
  const volatile uint32_t *words = (const volatile uint32_t *)(uintptr_t)page;
  for (uint32_t i = 0; i < RG_STATE_SECTOR_BYTES / WORD; i++) {
    if (words[i] != 0xFFFFFFFFu) {
      return RG_ERR_IO;
    }
  }
  return 0;
}

static const rg_flash_t s_flash = {
    .sector_size = RG_STATE_SECTOR_BYTES,
    .sector_count = RG_STATE_BYTES / RG_STATE_SECTOR_BYTES,
    .word_size = WORD,
    .read = nvmc_read,
    .program = nvmc_program,
    .erase = nvmc_erase,
    .ctx = NULL,
};

const rg_flash_t *rg_hal_state_flash(void)
{
  return &s_flash;
}
