/* frame.c: builds, queues and sends event frames (COBS + CRC-16/CCITT-FALSE, docs/PROTOCOL.md).
 *
 * Bodies are collected in one small queue as [length][body][2 bytes for the CRC]. Flushing computes
 * each CRC and COBS-encodes the body straight to the UART in runs, so no second buffer is needed. The
 * CRC uses a 16-entry nibble table: a fair trade between the 512-byte full table and the bit loop.
 */
#include "rg_frame.h"

#include "rg_hal.h"

/* Queue size (bytes): one largest frame plus its length and CRC bytes, with room for the few small
 * frames of a restart (app-fault, app-restart, app-start) besides. */
#define QUEUE_BYTES 384u

static uint8_t s_queue[QUEUE_BYTES];
static uint32_t s_used; /* bytes of complete entries */
static uint32_t s_body; /* offset of the open frame's body */
static uint32_t s_len;  /* bytes in the open frame's body */

/* CRC-16/CCITT-FALSE of each 4-bit value, for nibble-at-a-time updates. */
static const uint16_t s_crc_nibble[16] = {
    0x0000, 0x1021, 0x2042, 0x3063, 0x4084, 0x50a5, 0x60c6, 0x70e7,
    0x8108, 0x9129, 0xa14a, 0xb16b, 0xc18c, 0xd1ad, 0xe1ce, 0xf1ef,
};

uint16_t rg_frame_crc16(const uint8_t *data, uint32_t len)
{
  uint32_t crc = 0xFFFFu;
  for (uint32_t i = 0; i < len; i++) {
    uint32_t b = data[i];
    crc = ((crc << 4) & 0xFFFFu) ^ s_crc_nibble[(crc >> 12) ^ (b >> 4)];
    crc = ((crc << 4) & 0xFFFFu) ^ s_crc_nibble[(crc >> 12) ^ (b & 0xFu)];
  }
  return (uint16_t)crc;
}

void rg_frame_begin(uint8_t type, uint32_t t_ms)
{
  if (s_used + 1u + RG_FRAME_BODY_MAX > QUEUE_BYTES) {
    rg_frame_flush();
  }
  s_body = s_used + 1u;
  s_len = 0;
  rg_frame_put_u8(type);
  rg_frame_put_u32(t_ms);
}

void rg_frame_put_u8(uint8_t v)
{
  /* Two bytes stay free for the CRC. */
  if (s_len < RG_FRAME_BODY_MAX - 2u) {
    s_queue[s_body + s_len++] = v;
  }
}

void rg_frame_put_u16(uint16_t v)
{
  rg_frame_put_u8((uint8_t)v);
  rg_frame_put_u8((uint8_t)(v >> 8));
}

void rg_frame_put_u32(uint32_t v)
{
  rg_frame_put_u16((uint16_t)v);
  rg_frame_put_u16((uint16_t)(v >> 16));
}

void rg_frame_put_bytes(const void *data, uint32_t len)
{
  const uint8_t *p = data;
  for (uint32_t i = 0; i < len; i++) {
    rg_frame_put_u8(p[i]);
  }
}

void rg_frame_end(void)
{
  s_queue[s_body - 1u] = (uint8_t)s_len;
  s_used = s_body + s_len + 2u;
}

static void send(uint8_t *body, uint32_t len)
{
  uint16_t crc = rg_frame_crc16(body, len);
  body[len++] = (uint8_t)crc;
  body[len++] = (uint8_t)(crc >> 8);
  /* COBS: each run of non-zero bytes is preceded by (run length + 1); a body is at most 250 bytes, so
   * a run never reaches the 254-byte limit. */
  uint32_t start = 0;
  while (start <= len) {
    uint32_t end = start;
    while (end < len && body[end] != 0u) {
      end++;
    }
    uint8_t code = (uint8_t)(end - start + 1u);
    rg_hal_uart_write(&code, 1);
    if (end > start) {
      rg_hal_uart_write(&body[start], end - start);
    }
    start = end + 1u;
  }
  static const uint8_t delimiter = 0;
  rg_hal_uart_write(&delimiter, 1);
}

void rg_frame_flush(void)
{
  uint32_t at = 0;
  while (at < s_used) {
    uint32_t len = s_queue[at];
    send(&s_queue[at + 1u], len);
    at += 1u + len + 2u;
  }
  s_used = 0;
}
