/* rg_frame.h: the event frame encoder (docs/PROTOCOL.md) the kernel uses for everything it sends.
 *
 * A frame is built with rg_frame_begin, then the fields in abi.json order, then rg_frame_end, which
 * queues the raw body. rg_frame_flush appends each queued body's CRC-16/CCITT-FALSE, COBS-encodes it
 * and writes it with rg_hal_uart_write followed by the 0x00 delimiter. Queuing keeps the slow part
 * (CRC, COBS, UART) off the app-restart path; frames always leave in the order they were built. The
 * kernel flushes on every pass of its main loop, after app text, and before any reset. Only kernel
 * context builds frames (never an interrupt), so the queue is never shared.
 */
#ifndef RG_FRAME_H
#define RG_FRAME_H

#include <stdint.h>

/* Largest frame body (type + time + payload + CRC), bytes. */
#define RG_FRAME_BODY_MAX 250u

/* Largest `text` a log frame carries (bytes); longer app text is split with flags bit 0 set. */
#define RG_FRAME_LOG_TEXT_MAX 200u

/* Starts a frame of event `type` (RG_EV_*) stamped with device time `t_ms`. */
void rg_frame_begin(uint8_t type, uint32_t t_ms);

/* Append little-endian fields. Bytes past the body limit are dropped (the frame stays well formed). */
void rg_frame_put_u8(uint8_t v);
void rg_frame_put_u16(uint16_t v);
void rg_frame_put_u32(uint32_t v);
void rg_frame_put_bytes(const void *data, uint32_t len);

/* Finishes the frame and queues it (flushing first if the queue is full). */
void rg_frame_end(void);

/* Sends every queued frame (CRC, COBS, delimiter), oldest first. */
void rg_frame_flush(void);

/* CRC-16/CCITT-FALSE of `len` bytes (poly 0x1021, init 0xFFFF, no reflection, no final xor). */
uint16_t rg_frame_crc16(const uint8_t *data, uint32_t len);

#endif /* RG_FRAME_H */
