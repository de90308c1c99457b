/* rg_state.h: the flash state store, where each app commits its state blob atomically.
 *
 * The kernel mounts the store once at boot, loads an app's blob when the app starts, saves from the app's
 * `save` syscall and releases the blob when the app exits on purpose. The on-flash format and the power-cut
 * argument are in docs/STATE-FORMAT.md. The store uses no heap and no globals: all of its RAM is the
 * caller's rg_state_t (under 200 bytes with 16 apps) plus about 100 bytes of stack. It is not reentrant:
 * the kernel calls it from one context at a time.
 */
#ifndef RG_STATE_H
#define RG_STATE_H

#include <stdint.h>

#include "rg_abi.h"
#include "rg_flash.h"

/* Highest app id + 1 the store indexes. Each app costs 8 bytes of RAM in rg_state_t. */
#ifndef RG_STATE_MAX_APPS
#define RG_STATE_MAX_APPS 16
#endif

/* On-flash format version written in every sector header (docs/STATE-FORMAT.md). */
#define RG_STATE_FORMAT_VERSION 1

/* Bytes of flash a record of `len` data bytes takes (header, data rounded up to a word, commit word). */
#define RG_STATE_RECORD_BYTES(len) (24u + (((uint32_t)(len) + 3u) & ~3u))

/* Damage flags (rg_state_t.damage). Any of them makes the store read-only. */
#define RG_STATE_DAMAGE_FOREIGN 0x01u  /* headers of another format version or geometry */
#define RG_STATE_DAMAGE_HEADER 0x02u   /* a sector that must be blank or valid holds something else */
#define RG_STATE_DAMAGE_RECORD 0x04u   /* a live sector holds a bad record that no power cut explains */
#define RG_STATE_DAMAGE_GEOMETRY 0x08u /* the driver's geometry is unusable */
#define RG_STATE_DAMAGE_IO 0x10u       /* the driver failed a read during mount */

/* Where an app's newest record is. */
typedef struct {
  uint32_t seq;  /* its sequence number */
  uint32_t addr; /* partition offset of its record, or RG_STATE_NONE */
} rg_state_slot_t;

#define RG_STATE_NONE 0xFFFFFFFFu

/* Everything the store knows, owned by the caller. Read-only for the caller except through these functions;
 * `damage` and `torn` are meant to be reported (as events) after mount. */
typedef struct {
  const rg_flash_t *flash;
  uint32_t head_gen;  /* generation of the head sector */
  uint32_t head_off;  /* append offset inside the head; sector_size when sealed or no head yet */
  uint32_t damage;    /* RG_STATE_DAMAGE_* flags found by mount or a later failure */
  uint16_t torn;      /* records cut by a power cut, found by mount (not damage) */
  uint8_t head;       /* head sector index */
  uint8_t live;       /* live sectors (0 while the partition is blank) */
  uint8_t mounted;    /* 1 after a successful mount */
  uint8_t needs_format; /* 1 while the partition is blank but not all 0xFF */
  uint8_t head_marked;  /* 1 when the head holds its retire marker (no room to keep free for one) */
  rg_state_slot_t slots[RG_STATE_MAX_APPS];
} rg_state_t;

/* Who is asking: the app's slot, its identity and its quota. */
typedef struct {
  uint8_t id;         /* app slot, < RG_STATE_MAX_APPS */
  uint32_t name_hash; /* hash of the app's name: a record with another hash belongs to another app */
  uint32_t quota;     /* most bytes this app may save */
} rg_state_app_t;

/* Reads the partition and builds the index. Never programs or erases; time linear in the partition size.
 * Returns 0 when the store can be used (check st->damage: if non-zero it is read-only and loads give what
 * could be read), RG_ERR_INVALID for a bad geometry (st->damage has RG_STATE_DAMAGE_GEOMETRY). */
int rg_state_mount(rg_state_t *st, const rg_flash_t *flash);

/* Copies the app's last committed blob into buf. On success *len is its size and *schema_hash the hash it was
 * saved with. RG_ERR_NOT_FOUND when the app has no state (never saved, released, or saved by another app in
 * this slot), RG_ERR_TOO_BIG when it does not fit in cap bytes, RG_ERR_CORRUPT when it no longer reads back
 * with a valid CRC, RG_ERR_INVALID for a bad app id or an unmounted store, RG_ERR_IO from the driver. */
int rg_state_load(rg_state_t *st, const rg_state_app_t *app, void *buf, uint32_t cap, uint32_t *len,
                  uint32_t *schema_hash);

/* Commits len bytes as the app's new state, all or nothing. RG_ERR_TOO_BIG (nothing written) when len is over
 * the quota or over what a sector holds; RG_ERR_NO_SPACE when all apps' live states do not fit after compaction;
 * RG_ERR_WORN when flash does not read back what was written; RG_ERR_CORRUPT when the store is read-only
 * (damage); RG_ERR_INVALID for a bad app id or an unmounted store; RG_ERR_IO from the driver. After an error
 * the app keeps its previous state. */
int rg_state_save(rg_state_t *st, const rg_state_app_t *app, uint32_t schema_hash, const void *data,
                  uint32_t len);

/* Drops the app's state (it exited on purpose); the next load gives RG_ERR_NOT_FOUND. 0 also when it had none.
 * Errors as rg_state_save. */
int rg_state_release(rg_state_t *st, const rg_state_app_t *app);

/* Largest blob one record can hold in this geometry (before the app's quota). */
uint32_t rg_state_max_record(const rg_flash_t *flash);

#endif /* RG_STATE_H */
