/* state-flash.c: the native board's state partition — a file (RG_FLASH_FILE) or a RAM buffer, with NOR rules.
 *
 * With the environment variable RG_FLASH_FILE set, the partition is that file (created, and grown with
 * 0xFF bytes — erased flash — when shorter than the partition); every write goes straight to it with
 * pwrite, so it survives a watchdog re-exec, a kill -9 and a new run, like flash survives a power cut.
 * Unset, it is a RAM buffer that starts erased and lasts for the process (a re-exec starts it afresh).
 * A program ANDs each word into place (it can only clear bits) and an erase fills the sector with 0xFF,
 * so the store meets the rules of real NOR flash. Size from board.json `statePartition`.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rg_abi.h"
#include "rg_flash.h"
#include "rg_hal_flash.h"

#define WORD 4u
#define FLASH_FILE_ENV "RG_FLASH_FILE"

/* The RAM image when no file is named. */
static uint8_t s_memory[RG_STATE_BYTES];
/* The file when one is named; -1 for the RAM image. */
static int s_fd = -1;

static int in_partition(uint32_t addr, uint32_t len)
{
  return addr <= RG_STATE_BYTES && len <= RG_STATE_BYTES - addr;
}

static int load(uint32_t addr, void *buf, uint32_t len)
{
  if (s_fd < 0) {
    memcpy(buf, s_memory + addr, len);
    return 0;
  }
  return pread(s_fd, buf, len, (off_t)addr) == (ssize_t)len ? 0 : RG_ERR_IO;
}

static int store(uint32_t addr, const void *buf, uint32_t len)
{
  if (s_fd < 0) {
    memcpy(s_memory + addr, buf, len);
    return 0;
  }
  return pwrite(s_fd, buf, len, (off_t)addr) == (ssize_t)len ? 0 : RG_ERR_IO;
}

static int file_read(const rg_flash_t *flash, uint32_t addr, void *buf, uint32_t len)
{
  (void)flash;
  return in_partition(addr, len) ? load(addr, buf, len) : RG_ERR_INVALID;
}

static int file_program(const rg_flash_t *flash, uint32_t addr, const void *buf, uint32_t len)
{
  (void)flash;
  if (!in_partition(addr, len) || addr % WORD != 0u || len % WORD != 0u) {
    return RG_ERR_INVALID;
  }
  const uint8_t *from = buf;
  int result = 0;
  /* Word by word, like the hardware: a power cut (kill) leaves a prefix of the words programmed. */
  for (uint32_t i = 0; i < len; i += WORD) {
    uint32_t word;
    uint32_t old;
    memcpy(&word, from + i, WORD);
    if (load(addr + i, &old, WORD) != 0) {
      return RG_ERR_IO;
    }
    uint32_t stored = old & word; /* NOR: programming can only clear bits */
    if (store(addr + i, &stored, WORD) != 0) {
      return RG_ERR_IO;
    }
    if (stored != word) {
      result = RG_ERR_IO;
    }
  }
  return result;
}

static int file_erase(const rg_flash_t *flash, uint32_t sector)
{
  (void)flash;
  if (sector >= RG_STATE_BYTES / RG_STATE_SECTOR_BYTES) {
    return RG_ERR_INVALID;
  }
  uint8_t erased[RG_STATE_SECTOR_BYTES];
  memset(erased, 0xFF, sizeof erased);
  return store(sector * RG_STATE_SECTOR_BYTES, erased, sizeof erased);
}

static const rg_flash_t s_flash = {
    .sector_size = RG_STATE_SECTOR_BYTES,
    .sector_count = RG_STATE_BYTES / RG_STATE_SECTOR_BYTES,
    .word_size = WORD,
    .read = file_read,
    .program = file_program,
    .erase = file_erase,
    .ctx = NULL,
};

/* Opens the named file and grows it to the partition with erased bytes; 0 or RG_ERR_IO. */
static int open_file(const char *path)
{
  int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  struct stat info;
  if (fd < 0 || fstat(fd, &info) != 0) {
    if (fd >= 0) {
      close(fd);
    }
    return RG_ERR_IO;
  }
  uint8_t erased[256];
  memset(erased, 0xFF, sizeof erased);
  for (off_t at = info.st_size; at < (off_t)RG_STATE_BYTES;) {
    size_t n = (size_t)((off_t)RG_STATE_BYTES - at < (off_t)sizeof erased ? (off_t)RG_STATE_BYTES - at : (off_t)sizeof erased);
    if (pwrite(fd, erased, n, at) != (ssize_t)n) {
      close(fd);
      return RG_ERR_IO;
    }
    at += (off_t)n;
  }
  s_fd = fd;
  return 0;
}

const rg_flash_t *rg_hal_state_flash(void)
{
  static int s_state; /* 0 not opened yet, 1 ready, -1 the file could not be opened */
  if (s_state == 0) {
    const char *path = getenv(FLASH_FILE_ENV);
    if (path != NULL && path[0] != '\0') {
      s_state = open_file(path) == 0 ? 1 : -1;
    } else {
      memset(s_memory, 0xFF, sizeof s_memory);
      s_state = 1;
    }
  }
  return s_state == 1 ? &s_flash : NULL;
}
