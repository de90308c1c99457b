/* rg_state.c: the flash state store (docs/STATE-FORMAT.md is the specification this file implements).
 *
 * The partition is a ring of sectors holding a log of records; each app's newest record is its state. Mount
 * only reads: it finds the head, scans the live sectors, checks that everything else is what a power cut can
 * leave, and builds a small index in rg_state_t. Save appends one record; when the head is full it opens the
 * next sector, copying the still-live records of the oldest sector there first (compaction). Any write error
 * makes the store rebuild its RAM view from flash by mounting again, so RAM never disagrees with flash.
 */
#include "rg_state.h"

#include <stddef.h>
#include <string.h>

/* First sequence number of an app and first generation of a partition. Tests start them near 2^32 to prove
 * that wrap-around is handled; production keeps 1. */
#ifndef RG_STATE_SEQ_INIT
#define RG_STATE_SEQ_INIT 1u
#endif
#ifndef RG_STATE_GEN_INIT
#define RG_STATE_GEN_INIT 1u
#endif

#define SECTOR_MAGIC 0x31534752u /* "RGS1" */
#define SECTOR_HDR 20u           /* sector header bytes */
#define REC_HDR 20u              /* record header bytes (with its CRC) */
#define MARKER_BYTES 24u         /* a retire marker: header + commit, no data */
#define KIND_STATE 0xA5u
#define KIND_RELEASE 0x5Au
#define KIND_RETIRE 0xC3u
#define MARKER_APP 0xFFu
#define CHUNK 32u /* stack buffer for streaming reads, copies and CRCs; a multiple of the word size */

/* One record header as decoded from flash. */
typedef struct {
  uint8_t kind;
  uint8_t app;
  uint16_t len;
  uint32_t seq;
  uint32_t name_hash;
  uint32_t schema_hash;
} rec_t;

/* How a sector scan ended. */
typedef enum { SCAN_CLEAN = 0, SCAN_TORN = 1, SCAN_DAMAGED = 2 } scan_end_t;

/* ---- little helpers ------------------------------------------------------------------------------------- */

static uint32_t get32(const uint8_t *p) {
  return (uint32_t)p[0] | ((uint32_t)p[1] << 8) | ((uint32_t)p[2] << 16) | ((uint32_t)p[3] << 24);
}

static void put32(uint8_t *p, uint32_t v) {
  p[0] = (uint8_t)v;
  p[1] = (uint8_t)(v >> 8);
  p[2] = (uint8_t)(v >> 16);
  p[3] = (uint8_t)(v >> 24);
}

/* Serial-number order: a is newer than b when it is ahead by less than half the number space. */
static int newer(uint32_t a, uint32_t b) { return (int32_t)(a - b) > 0; }

/* CRC-32 (IEEE, reflected) with a 16-entry table: 64 bytes of constants, two steps per byte. The running
 * value is kept inverted; crc_final() applies the final xor and the "never 0xFFFFFFFF" rule of the format. */
static const uint32_t crc_nibble[16] = {
    0x00000000u, 0x1DB71064u, 0x3B6E20C8u, 0x26D930ACu, 0x76DC4190u, 0x6B6B51F4u, 0x4DB26158u, 0x5005713Cu,
    0xEDB88320u, 0xF00F9344u, 0xD6D6A3E8u, 0xCB61B38Cu, 0x9B64C2B0u, 0x86D3D2D4u, 0xA00AE278u, 0xBDBDF21Cu,
};

static uint32_t crc_update(uint32_t crc, const uint8_t *p, uint32_t len) {
  for (uint32_t i = 0; i < len; i++) {
    crc ^= p[i];
    crc = (crc >> 4) ^ crc_nibble[crc & 15u];
    crc = (crc >> 4) ^ crc_nibble[crc & 15u];
  }
  return crc;
}

static uint32_t crc_final(uint32_t crc) {
  crc = ~crc;
  return crc == 0xFFFFFFFFu ? 0u : crc;
}

static uint32_t sector_size(const rg_state_t *st) { return st->flash->sector_size; }
static uint32_t sector_count(const rg_state_t *st) { return st->flash->sector_count; }
static uint32_t ring_next(const rg_state_t *st, uint32_t s) { return (s + 1u) % sector_count(st); }
static uint32_t ring_prev(const rg_state_t *st, uint32_t s) {
  return (s + sector_count(st) - 1u) % sector_count(st);
}

/* Bytes of record payload a sector can take: room stays for the header and one retire marker. */
static uint32_t record_room(const rg_flash_t *flash) { return flash->sector_size - SECTOR_HDR - MARKER_BYTES; }

static int flash_read(const rg_state_t *st, uint32_t addr, void *buf, uint32_t len) {
  return st->flash->read(st->flash, addr, buf, len);
}

/* 1 when [addr, addr+len) reads all 0xFF (or, with allow_zero, only whole 0x00 / 0xFF words), 0 when not,
 * or a negative error. */
static int range_blank(const rg_state_t *st, uint32_t addr, uint32_t len, int allow_zero) {
  uint8_t buf[CHUNK];
  while (len > 0) {
    uint32_t n = len < CHUNK ? len : CHUNK;
    int err = flash_read(st, addr, buf, n);
    if (err < 0) {
      return err;
    }
    for (uint32_t i = 0; i < n; i++) {
      if (buf[i] != 0xFFu) {
        /* A zero byte passes only inside a fully zero word (QEMU's never-written memory). */
        uint32_t w = (addr + i) & ~3u;
        if (!allow_zero || buf[i] != 0u || w < addr || w + 4u > addr + n || get32(&buf[w - addr]) != 0u) {
          return 0;
        }
      }
    }
    addr += n;
    len -= n;
  }
  return 1;
}

/* ---- sector headers ------------------------------------------------------------------------------------- */

/* Header states. */
enum { HDR_NONE = 0, HDR_VALID = 1, HDR_FOREIGN = 2 };

/* Reads sector s's header: HDR_VALID with *gen set, HDR_FOREIGN for a well-formed header of another format or
 * geometry, HDR_NONE for anything else; or a negative error. */
static int read_sector_header(const rg_state_t *st, uint32_t s, uint32_t *gen) {
  uint8_t h[SECTOR_HDR];
  int err = flash_read(st, s * sector_size(st), h, SECTOR_HDR);
  if (err < 0) {
    return err;
  }
  if (get32(h) != SECTOR_MAGIC || get32(h + 16) != crc_final(crc_update(0xFFFFFFFFu, h, 16))) {
    return HDR_NONE;
  }
  if (get32(h + 4) != (RG_STATE_FORMAT_VERSION | (sector_count(st) << 16)) || get32(h + 8) != sector_size(st)) {
    return HDR_FOREIGN;
  }
  *gen = get32(h + 12);
  return HDR_VALID;
}

/* Generation of live sector s, from its distance to the head. */
static uint32_t sector_gen(const rg_state_t *st, uint32_t s) {
  return st->head_gen - (st->head + sector_count(st) - s) % sector_count(st);
}

/* ---- records -------------------------------------------------------------------------------------------- */

static void decode_rec(const uint8_t *h, rec_t *r) {
  r->kind = h[0];
  r->app = h[1];
  r->len = (uint16_t)(h[2] | (h[3] << 8));
  r->seq = get32(h + 4);
  r->name_hash = get32(h + 8);
  r->schema_hash = get32(h + 12);
}

static void encode_rec(uint8_t *h, const rec_t *r) {
  h[0] = r->kind;
  h[1] = r->app;
  h[2] = (uint8_t)r->len;
  h[3] = (uint8_t)(r->len >> 8);
  put32(h + 4, r->seq);
  put32(h + 8, r->name_hash);
  put32(h + 12, r->schema_hash);
  put32(h + 16, crc_final(crc_update(0xFFFFFFFFu, h, 16)));
}

static uint32_t rec_bytes(uint32_t len) { return RG_STATE_RECORD_BYTES(len); }

/* Outcome of reading one record at addr. */
enum { REC_OK = 0, REC_END = 1, REC_BAD_HEADER = 2, REC_BAD_BODY = 3 };

/* Reads and checks the record at addr (limit = end of its sector). REC_OK: *r decoded and both CRCs match;
 * REC_END: the header area is erased; REC_BAD_HEADER: header CRC fails or the header is not one this format
 * writes; REC_BAD_BODY: the header is good (*r is set) but the data or commit is not. When buf is not NULL the
 * data is also copied there (the caller checked it fits). Negative on a driver error. */
static int read_rec(const rg_state_t *st, uint32_t addr, uint32_t limit, rec_t *r, uint8_t *buf) {
  uint8_t h[REC_HDR];
  if (addr + REC_HDR > limit) {
    return REC_BAD_HEADER;
  }
  int err = flash_read(st, addr, h, REC_HDR);
  if (err < 0) {
    return err;
  }
  int erased = 1;
  for (uint32_t i = 0; i < REC_HDR; i++) {
    erased &= h[i] == 0xFFu;
  }
  if (erased) {
    return REC_END;
  }
  if (get32(h + 16) != crc_final(crc_update(0xFFFFFFFFu, h, 16))) {
    return REC_BAD_HEADER;
  }
  decode_rec(h, r);
  int known = r->kind == KIND_STATE || ((r->kind == KIND_RELEASE || r->kind == KIND_RETIRE) && r->len == 0);
  if (!known || addr + rec_bytes(r->len) > limit || r->len > record_room(st->flash) - MARKER_BYTES) {
    return REC_BAD_HEADER;
  }
  uint32_t crc = crc_update(0xFFFFFFFFu, h, 16);
  uint8_t chunk[CHUNK];
  for (uint32_t done = 0; done < r->len;) {
    uint32_t n = r->len - done < CHUNK ? r->len - done : CHUNK;
    uint8_t *dst = buf != NULL ? buf + done : chunk;
    err = flash_read(st, addr + REC_HDR + done, dst, n);
    if (err < 0) {
      return err;
    }
    crc = crc_update(crc, dst, n);
    done += n;
  }
  err = flash_read(st, addr + REC_HDR + ((r->len + 3u) & ~3u), chunk, 4);
  if (err < 0) {
    return err;
  }
  return get32(chunk) == crc_final(crc) ? REC_OK : REC_BAD_BODY;
}

/* ---- mount ---------------------------------------------------------------------------------------------- */

/* Puts the record at addr (in a sector of generation gen) in the index if it is its app's newest. Equal seq
 * means a compaction copy: the copy in the newer sector wins. */
static void index_rec(rg_state_t *st, const rec_t *r, uint32_t addr, uint32_t gen) {
  rg_state_slot_t *slot = &st->slots[r->app];
  if (slot->addr == RG_STATE_NONE || newer(r->seq, slot->seq) ||
      (r->seq == slot->seq && newer(gen, sector_gen(st, slot->addr / sector_size(st))))) {
    slot->seq = r->seq;
    slot->addr = addr;
  }
}

/* Scans live sector s: indexes its records, moves *tail_gen past retired generations, and classifies how the
 * records end (docs/STATE-FORMAT.md, mount rule 5). *end is the append offset inside the sector (sector size
 * when sealed). Negative on a driver error. */
static int scan_sector(rg_state_t *st, uint32_t s, uint32_t *tail_gen, uint32_t *end) {
  const uint32_t base = s * sector_size(st);
  const uint32_t limit = base + sector_size(st);
  const uint32_t gen = sector_gen(st, s);
  uint32_t addr = base + SECTOR_HDR;
  int res = SCAN_CLEAN;
  uint32_t rest = addr; /* where the must-be-erased remainder starts */
  *end = sector_size(st);
  for (;;) {
    rec_t r;
    int got = addr + REC_HDR <= limit ? read_rec(st, addr, limit, &r, NULL) : REC_END;
    if (got < 0) {
      return got;
    }
    if (got == REC_END) {
      rest = addr;
      *end = addr - base;
      break;
    }
    if (got == REC_BAD_HEADER) {
      /* A cut inside the header words: only those 20 bytes may be written. */
      res = SCAN_TORN;
      rest = addr + REC_HDR < limit ? addr + REC_HDR : limit;
      break;
    }
    if (got == REC_BAD_BODY) {
      res = SCAN_TORN;
      rest = addr + rec_bytes(r.len);
      break;
    }
    if (r.kind == KIND_RETIRE) {
      if (r.app != MARKER_APP || r.seq != gen - (sector_count(st) - 1u) || r.name_hash != ring_next(st, s)) {
        return SCAN_DAMAGED;
      }
      if (!newer(*tail_gen, r.seq)) {
        *tail_gen = r.seq + 1u;
      }
      if (s == st->head) {
        st->head_marked = 1;
      }
    } else if (r.app >= RG_STATE_MAX_APPS) {
      return SCAN_DAMAGED;
    } else {
      index_rec(st, &r, addr, gen);
    }
    addr += rec_bytes(r.len);
  }
  int blank = range_blank(st, rest, limit - rest, 0);
  if (blank < 0) {
    return blank;
  }
  return blank ? res : SCAN_DAMAGED;
}

/* Scans the run of `run` sectors ending at st->head, newest first, stopping at retired ones. Sets st->live,
 * st->head_off, st->torn and damage flags. Negative on a driver error. */
static int scan_run(rg_state_t *st, uint32_t run) {
  uint32_t tail_gen = st->head_gen - (run - 1u);
  uint32_t s = st->head;
  for (uint32_t i = 0; i < run; i++, s = ring_prev(st, s)) {
    if (newer(tail_gen, sector_gen(st, s))) {
      break;
    }
    uint32_t end = 0;
    int res = scan_sector(st, s, &tail_gen, &end);
    if (res < 0) {
      return res;
    }
    if (res == SCAN_TORN) {
      st->torn++;
    } else if (res == SCAN_DAMAGED) {
      st->damage |= RG_STATE_DAMAGE_RECORD;
    }
    if (i == 0) {
      st->head_off = end;
    }
    st->live++;
  }
  return 0;
}

static void reset_index(rg_state_t *st) {
  st->live = 0;
  st->head_marked = 0;
  st->torn = 0;
  st->damage &= ~RG_STATE_DAMAGE_RECORD;
  for (uint32_t a = 0; a < RG_STATE_MAX_APPS; a++) {
    st->slots[a].addr = RG_STATE_NONE;
    st->slots[a].seq = 0;
  }
}

static int geometry_ok(const rg_flash_t *f) {
  return f != NULL && f->read != NULL && f->program != NULL && f->erase != NULL && f->sector_count >= 2u &&
         f->sector_count <= 255u && f->sector_size >= 128u && f->sector_size % 4u == 0u &&
         f->sector_size <= 0x10000u && f->word_size >= 1u && f->word_size <= 4u && 4u % f->word_size == 0u &&
         f->sector_count * (uint64_t)f->sector_size <= 0xFFFFFFF0u;
}

/* No sector has a valid header: the partition must be blank (mount rule 1). */
static int mount_blank(rg_state_t *st) {
  const uint32_t size = sector_size(st);
  for (uint32_t s = 0; s < sector_count(st); s++) {
    int ok = range_blank(st, s * size, size, 0);
    if (ok == 0) {
      /* Not all 0xFF: never-written (0x00) words, a format cut short, or a cut while the first sector's
       * header was programmed (garbage in its first 20 bytes only). The first save erases it. */
      st->needs_format = 1;
      ok = range_blank(st, s * size, size, 1);
      if (ok == 0 && s == 0) {
        ok = range_blank(st, SECTOR_HDR, size - SECTOR_HDR, 0);
      }
    }
    if (ok < 0) {
      return ok;
    }
    if (!ok) {
      st->damage |= RG_STATE_DAMAGE_HEADER;
    }
  }
  /* No head yet: the first open makes sector 0 the head with the first generation. */
  st->head = (uint8_t)(sector_count(st) - 1u);
  st->head_gen = RG_STATE_GEN_INIT - 1u;
  st->head_off = size;
  return 0;
}

int rg_state_mount(rg_state_t *st, const rg_flash_t *flash) {
  if (st == NULL) {
    return RG_ERR_INVALID;
  }
  memset(st, 0, sizeof *st);
  st->flash = flash;
  reset_index(st);
  if (!geometry_ok(flash)) {
    st->damage = RG_STATE_DAMAGE_GEOMETRY;
    return RG_ERR_INVALID;
  }
  const uint32_t n = flash->sector_count;

  /* The head is the valid header with the newest generation. */
  int found = 0;
  for (uint32_t s = 0; s < n; s++) {
    uint32_t gen = 0;
    int h = read_sector_header(st, s, &gen);
    if (h < 0) {
      st->damage |= RG_STATE_DAMAGE_IO;
      return h;
    }
    if (h == HDR_FOREIGN) {
      st->damage |= RG_STATE_DAMAGE_FOREIGN;
    } else if (h == HDR_VALID && (!found || newer(gen, st->head_gen))) {
      found = 1;
      st->head = (uint8_t)s;
      st->head_gen = gen;
    }
  }
  if (st->damage & RG_STATE_DAMAGE_FOREIGN) {
    /* Written by another format or geometry: show nothing and touch nothing. */
    st->mounted = 1;
    return 0;
  }
  int err = 0;
  if (!found) {
    err = mount_blank(st);
  } else {
    /* The run: sectors before the head whose generations count down by one. */
    uint32_t run = 1;
    for (uint32_t s = ring_prev(st, st->head); run < n; s = ring_prev(st, s), run++) {
      uint32_t gen = 0;
      err = read_sector_header(st, s, &gen);
      if (err < 0 || err != HDR_VALID || gen != st->head_gen - run) {
        break;
      }
    }
    err = err < 0 ? err : scan_run(st, run);
    if (err == 0 && st->live == n) {
      /* The head's open was cut before its retire marker: it only holds copies; drop it (mount rule 4). */
      reset_index(st);
      st->head = (uint8_t)ring_prev(st, st->head);
      st->head_gen--;
      err = scan_run(st, n - 1u);
    }
    /* Sectors that are not live, except the free slot after the head, must be erased (mount rule 6). */
    for (uint32_t i = 2; err == 0 && i <= n - st->live; i++) {
      uint32_t s = (st->head + i) % n;
      err = range_blank(st, s * sector_size(st), sector_size(st), 0);
      if (err == 0) {
        st->damage |= RG_STATE_DAMAGE_HEADER;
      }
      err = err < 0 ? err : 0;
    }
  }
  if (err < 0) {
    st->damage |= RG_STATE_DAMAGE_IO;
    return err;
  }
  st->mounted = 1;
  return 0;
}

/* ---- writing -------------------------------------------------------------------------------------------- */

/* Programs len bytes (a multiple of 4) at addr through a word-aligned stack copy. */
static int program(const rg_state_t *st, uint32_t addr, const uint8_t *src, uint32_t len) {
  uint32_t words[CHUNK / 4u];
  while (len > 0) {
    uint32_t n = len < CHUNK ? len : CHUNK;
    memcpy(words, src, n);
    int err = st->flash->program(st->flash, addr, words, n);
    if (err < 0) {
      return err;
    }
    addr += n;
    src += n;
    len -= n;
  }
  return 0;
}

/* Programs len bytes (a multiple of 4) and reads them back: RG_ERR_WORN when flash does not hold them. */
static int program_verified(const rg_state_t *st, uint32_t addr, const uint8_t *src, uint32_t len) {
  int err = program(st, addr, src, len);
  uint8_t back[CHUNK];
  for (uint32_t done = 0; err == 0 && done < len; done += CHUNK) {
    uint32_t n = len - done < CHUNK ? len - done : CHUNK;
    err = flash_read(st, addr + done, back, n);
    err = err < 0 ? err : (memcmp(back, src + done, n) != 0 ? RG_ERR_WORN : 0);
  }
  return err;
}

/* Writes one record at the head's append offset: header words, data words, then the commit word last. The
 * data comes from `data` in RAM or, when data is NULL, from flash at src_addr (a compaction copy). Reads it
 * back (the header before anything follows it, so a failure leaves what a power cut would); a mismatch seals
 * the head and gives RG_ERR_WORN. On success *at is its partition offset. */
static int write_rec(rg_state_t *st, const rec_t *r, const uint8_t *data, uint32_t src_addr, uint32_t *at) {
  const uint32_t addr = st->head * sector_size(st) + st->head_off;
  if (st->head_off + rec_bytes(r->len) > sector_size(st)) {
    return RG_ERR_CORRUPT; /* cannot happen while the space rules hold; never write into the next sector */
  }
  uint8_t h[REC_HDR];
  encode_rec(h, r);
  int err = program_verified(st, addr, h, REC_HDR);
  if (err == RG_ERR_WORN) {
    st->head_off = sector_size(st);
    return err;
  }
  uint32_t crc = crc_update(0xFFFFFFFFu, h, 16);
  uint8_t chunk[CHUNK];
  for (uint32_t done = 0; err == 0 && done < r->len;) {
    uint32_t n = r->len - done < CHUNK ? r->len - done : CHUNK;
    if (data != NULL) {
      memcpy(chunk, data + done, n);
    } else {
      err = flash_read(st, src_addr + REC_HDR + done, chunk, n);
    }
    crc = crc_update(crc, chunk, n);
    /* The last partial word is padded with erased bytes. */
    uint32_t padded = (n + 3u) & ~3u;
    memset(chunk + n, 0xFF, padded - n);
    err = err < 0 ? err : program(st, addr + REC_HDR + done, chunk, padded);
    done += n;
  }
  if (err == 0) {
    put32(chunk, crc_final(crc));
    err = program(st, addr + REC_HDR + ((r->len + 3u) & ~3u), chunk, 4);
  }
  if (err < 0) {
    return err;
  }
  st->head_off += rec_bytes(r->len);
  rec_t back;
  int got = read_rec(st, addr, addr + rec_bytes(r->len), &back, NULL);
  if (got < 0) {
    return got;
  }
  if (got != REC_OK || back.kind != r->kind || back.app != r->app || back.len != r->len || back.seq != r->seq ||
      back.name_hash != r->name_hash || back.schema_hash != r->schema_hash) {
    st->head_off = sector_size(st);
    return RG_ERR_WORN;
  }
  *at = addr;
  return 0;
}

/* Erases sector s unless it already reads all 0xFF, then checks that it does. */
static int erase_sector(rg_state_t *st, uint32_t s) {
  int blank = range_blank(st, s * sector_size(st), sector_size(st), 0);
  if (blank != 0) {
    return blank < 0 ? blank : 0;
  }
  int err = st->flash->erase(st->flash, s);
  if (err < 0) {
    return err;
  }
  blank = range_blank(st, s * sector_size(st), sector_size(st), 0);
  return blank < 0 ? blank : (blank ? 0 : RG_ERR_WORN);
}

/* First save on a blank partition that is not all 0xFF: erase every sector (a cut leaves it blank). */
static int format(rg_state_t *st) {
  for (uint32_t s = 0; s < sector_count(st); s++) {
    int err = erase_sector(st, s);
    if (err < 0) {
      return err;
    }
  }
  st->needs_format = 0;
  return 0;
}

/* Copies the tail sector t's records that are still their app's newest state into the head, then commits
 * the open with a retire marker naming t. Releases and superseded records are left behind. */
static int evacuate(rg_state_t *st, uint32_t t) {
  const uint32_t base = t * sector_size(st);
  const uint32_t limit = base + sector_size(st);
  for (uint32_t addr = base + SECTOR_HDR; addr + REC_HDR <= limit;) {
    rec_t r;
    int got = read_rec(st, addr, limit, &r, NULL);
    if (got < 0) {
      return got;
    }
    if (got != REC_OK) {
      break; /* the end of its records, or a torn tail mount accepted */
    }
    if (r.kind != KIND_RETIRE && r.app < RG_STATE_MAX_APPS && st->slots[r.app].addr == addr) {
      if (r.kind == KIND_STATE) {
        int err = write_rec(st, &r, NULL, addr, &st->slots[r.app].addr);
        if (err < 0) {
          return err;
        }
      } else {
        st->slots[r.app].addr = RG_STATE_NONE;
      }
    }
    addr += rec_bytes(r.len);
  }
  const rec_t marker = {KIND_RETIRE, MARKER_APP, 0, sector_gen(st, t), t, 0};
  uint32_t at = 0;
  return write_rec(st, &marker, NULL, 0, &at);
}

/* Opens the sector after the head as the new head (docs/STATE-FORMAT.md, "The ring and compaction"). */
static int open_next(rg_state_t *st) {
  const uint32_t next = ring_next(st, st->head);
  const uint32_t tail = ring_next(st, next);
  /* The tail is live when every sector but the free slot is. */
  const int tail_live = st->live + 1u >= sector_count(st);
  int err = erase_sector(st, next);
  if (err < 0) {
    return err;
  }
  uint8_t h[SECTOR_HDR];
  put32(h, SECTOR_MAGIC);
  put32(h + 4, RG_STATE_FORMAT_VERSION | (sector_count(st) << 16));
  put32(h + 8, sector_size(st));
  put32(h + 12, st->head_gen + 1u);
  put32(h + 16, crc_final(crc_update(0xFFFFFFFFu, h, 16)));
  err = program_verified(st, next * sector_size(st), h, SECTOR_HDR);
  if (err < 0) {
    return err;
  }
  st->head = (uint8_t)next;
  st->head_gen++;
  st->head_off = SECTOR_HDR;
  st->head_marked = 0;
  st->live++;
  if (tail_live) {
    err = evacuate(st, tail);
    if (err < 0) {
      return err;
    }
    st->head_marked = 1;
    st->live--;
  }
  return 0;
}

/* Bytes the newest records of all apps but `except` take. */
static int live_bytes(const rg_state_t *st, uint32_t except, uint32_t *total) {
  *total = 0;
  for (uint32_t a = 0; a < RG_STATE_MAX_APPS; a++) {
    uint32_t addr = st->slots[a].addr;
    if (a == except || addr == RG_STATE_NONE) {
      continue;
    }
    uint8_t h[4];
    int err = flash_read(st, addr, h, 4);
    if (err < 0) {
      return err;
    }
    *total += rec_bytes((uint32_t)h[2] | ((uint32_t)h[3] << 8));
  }
  return 0;
}

/* Appends a state or release record for r->app, opening sectors as needed. */
static int append(rg_state_t *st, const rec_t *r, const uint8_t *data) {
  const uint32_t need = rec_bytes(r->len);
  uint32_t others = 0;
  int err = live_bytes(st, r->app, &others);
  if (err < 0) {
    return err;
  }
  if ((uint64_t)others + need > (uint64_t)(sector_count(st) - 1u) * record_room(st->flash)) {
    return RG_ERR_NO_SPACE;
  }
  if (st->needs_format) {
    err = format(st);
  }
  /* Each open compacts one sector; after a full turn of the ring nothing more can be gained. */
  for (uint32_t tries = 0; err == 0 && tries <= sector_count(st); tries++) {
    /* A head without its retire marker keeps room for one: its records may be evacuated into a sector that
     * needs a marker too, and must fit there with it. */
    const uint32_t reserve = st->head_marked ? 0u : MARKER_BYTES;
    if (st->live > 0 && st->head_off + need + reserve <= sector_size(st)) {
      return write_rec(st, r, data, 0, &st->slots[r->app].addr);
    }
    err = open_next(st);
  }
  return err < 0 ? err : RG_ERR_NO_SPACE;
}

/* Appends r and, on success, records its seq. A failed write may leave RAM ahead of flash (an open cut short),
 * so the RAM view is then rebuilt from flash; the app keeps what flash holds, its previous state. */
static int commit(rg_state_t *st, const rec_t *r, const uint8_t *data) {
  int err = append(st, r, data);
  if (err == 0) {
    st->slots[r->app].seq = r->seq;
    return 0;
  }
  const rg_flash_t *flash = st->flash;
  (void)rg_state_mount(st, flash);
  return err;
}

static int usable(const rg_state_t *st, const rg_state_app_t *app) {
  if (st == NULL || app == NULL || !st->mounted || app->id >= RG_STATE_MAX_APPS) {
    return RG_ERR_INVALID;
  }
  return st->damage != 0 ? RG_ERR_CORRUPT : 0;
}

int rg_state_save(rg_state_t *st, const rg_state_app_t *app, uint32_t schema_hash, const void *data,
                  uint32_t len) {
  int err = usable(st, app);
  if (err < 0) {
    return err;
  }
  if (len > app->quota || len > rg_state_max_record(st->flash)) {
    return RG_ERR_TOO_BIG;
  }
  if (data == NULL && len > 0) {
    return RG_ERR_INVALID;
  }
  const rg_state_slot_t *slot = &st->slots[app->id];
  const rec_t r = {KIND_STATE,      app->id, (uint16_t)len, slot->addr == RG_STATE_NONE ? RG_STATE_SEQ_INIT : slot->seq + 1u,
                   app->name_hash, schema_hash};
  return commit(st, &r, data);
}

int rg_state_release(rg_state_t *st, const rg_state_app_t *app) {
  int err = usable(st, app);
  if (err < 0) {
    return err;
  }
  const rg_state_slot_t *slot = &st->slots[app->id];
  if (slot->addr == RG_STATE_NONE) {
    return 0;
  }
  uint8_t kind = 0;
  err = flash_read(st, slot->addr, &kind, 1);
  if (err < 0 || kind == KIND_RELEASE) {
    return err;
  }
  const rec_t r = {KIND_RELEASE, app->id, 0, slot->seq + 1u, app->name_hash, 0};
  return commit(st, &r, NULL);
}

int rg_state_load(rg_state_t *st, const rg_state_app_t *app, void *buf, uint32_t cap, uint32_t *len,
                  uint32_t *schema_hash) {
  if (st == NULL || app == NULL || !st->mounted || app->id >= RG_STATE_MAX_APPS || len == NULL ||
      schema_hash == NULL || (buf == NULL && cap > 0)) {
    return RG_ERR_INVALID;
  }
  const uint32_t addr = st->slots[app->id].addr;
  if (addr == RG_STATE_NONE) {
    return RG_ERR_NOT_FOUND;
  }
  uint8_t h[REC_HDR];
  int err = flash_read(st, addr, h, REC_HDR);
  if (err < 0) {
    return err;
  }
  rec_t r;
  decode_rec(h, &r);
  if (r.kind != KIND_STATE || r.name_hash != app->name_hash) {
    return RG_ERR_NOT_FOUND;
  }
  if (r.len > cap) {
    return RG_ERR_TOO_BIG;
  }
  const uint32_t limit = (addr / sector_size(st) + 1u) * sector_size(st);
  int got = read_rec(st, addr, limit, &r, buf);
  if (got < 0) {
    return got;
  }
  if (got != REC_OK) {
    return RG_ERR_CORRUPT;
  }
  *len = r.len;
  *schema_hash = r.schema_hash;
  return 0;
}

uint32_t rg_state_max_record(const rg_flash_t *flash) {
  return geometry_ok(flash) ? record_room(flash) - MARKER_BYTES : 0u;
}
