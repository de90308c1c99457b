// Streaming frame decoder: bytes in any chunking → typed device events, never throwing.
//
// Bytes accumulate until a 0x00 delimiter; each delimited block is COBS-decoded and checked (CRC, type,
// length). Anything that does not decode is dropped and counted by reason, and decoding resumes at the next
// 0x00 — a host that joins mid-stream or sees line noise loses at most the frame being received.
import { cobsDecode } from "./cobs.ts";
import { decodeBody, MAX_BODY_BYTES, type DropReason } from "./event-codec.ts";
import type { DeviceEvent } from "./event-schema.ts";

/** The longest COBS block a valid body can produce (body + one code byte per 254 bytes + 1). */
const MAX_ENCODED_BYTES = MAX_BODY_BYTES + 2;

/** What the decoder has seen so far. */
export interface DecodeStats {
  /** Frames decoded into events. */
  frames: number;
  /** Blocks dropped, by reason. */
  dropped: Record<DropReason, number>;
  /** Bytes that belonged to dropped blocks. */
  droppedBytes: number;
}

/** Decodes a byte stream incrementally; feed it chunks as they arrive. */
export class FrameDecoder {
  readonly stats: DecodeStats = {
    frames: 0,
    dropped: { cobs: 0, short: 0, crc: 0, "unknown-type": 0, length: 0, "too-long": 0 },
    droppedBytes: 0,
  };
  private readonly block = new Uint8Array(MAX_ENCODED_BYTES);
  private blockLength = 0;
  private overflowBytes = 0;

  /** Consumes `chunk` and returns the events whose frames it completed, in order. */
  push(chunk: Uint8Array): DeviceEvent[] {
    const events: DeviceEvent[] = [];
    for (const byte of chunk) {
      if (byte !== 0) {
        if (this.blockLength < this.block.length) this.block[this.blockLength++] = byte;
        else this.overflowBytes++;
        continue;
      }
      const event = this.finishBlock();
      if (event !== null) events.push(event);
    }
    return events;
  }

  /** Ends the stream: a partial frame still pending is counted as dropped. */
  end(): void {
    if (this.blockLength > 0 || this.overflowBytes > 0)
      this.drop("short", this.blockLength + this.overflowBytes);
    this.reset();
  }

  /** Forgets a partial frame without counting it (after a reconnect, a half frame is expected). */
  discardPartial(): void {
    this.reset();
  }

  /** Total number of dropped blocks, whatever the reason. */
  get droppedFrames(): number {
    return Object.values(this.stats.dropped).reduce((sum, n) => sum + n, 0);
  }

  private finishBlock(): DeviceEvent | null {
    const length = this.blockLength;
    const overflow = this.overflowBytes;
    this.reset();
    // Back-to-back delimiters are not frames (the kernel sends a lone 0x00 at boot to flush).
    if (length === 0) return null;
    if (overflow > 0) {
      this.drop("too-long", length + overflow);
      return null;
    }
    const body = cobsDecode(this.block.subarray(0, length));
    if (body === null) {
      this.drop("cobs", length);
      return null;
    }
    const result = decodeBody(body);
    if (typeof result === "string") {
      this.drop(result, length);
      return null;
    }
    this.stats.frames++;
    return result;
  }

  private drop(reason: DropReason, bytes: number): void {
    this.stats.dropped[reason]++;
    this.stats.droppedBytes += bytes;
  }

  private reset(): void {
    this.blockLength = 0;
    this.overflowBytes = 0;
  }
}

/** Decodes a complete buffer; a trailing partial frame is ignored. */
export function decodeFrames(buffer: Uint8Array): DeviceEvent[] {
  return new FrameDecoder().push(buffer);
}
