// Frame decoder tests: round trips, garbage, bad CRC, truncation, and random noise.
import assert from "node:assert/strict";

import fc from "fast-check";

import {
  cobsDecode,
  cobsEncode,
  crc16,
  decodeFrames,
  encodeBody,
  encodeFrame,
  encodeFrames,
  FrameDecoder,
  type DeviceEvent,
} from "../../tools/src/protocol/index.ts";

const sample: DeviceEvent[] = [
  { type: "boot", t: 0, fields: { reason: 0, abi: 1, apps: 2 } },
  { type: "app-info", t: 0, fields: { app: 0, name: "blink" } },
  { type: "app-start", t: 1, fields: { app: 0, reason: 0 } },
  { type: "log", t: 5, fields: { app: 0, flags: 0, text: "héllo, wörld" } },
  {
    type: "app-fault",
    t: 70_000,
    fields: { app: 1, class: 4, pc: 0x0000_1234, addr: 0, lr: 0x0000_1235, text: "" },
  },
  { type: "app-restart", t: 70_001, fields: { app: 1, count: 3, delay: 400 } },
  { type: "app-exit", t: 2 ** 32 - 1, fields: { app: 1, code: -7 } },
  { type: "measure", t: 9, fields: { key: 1, value: 0xffff_ffff } },
  { type: "watchdog-reset", t: 0, fields: {} },
];

function concat(...parts: Uint8Array[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => [...part]));
}

describe("protocol: CRC-16/CCITT-FALSE and COBS", () => {
  it("has the standard check value", () => {
    assert.equal(crc16(new TextEncoder().encode("123456789")), 0x29b1);
  });

  it("COBS round-trips bodies with zeros and long runs", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (body) => {
        const encoded = cobsEncode(body);
        assert.ok(!encoded.includes(0));
        assert.deepEqual(cobsDecode(encoded), body);
      }),
    );
  });
});

describe("protocol: frame decoder", () => {
  it("round-trips every sample event, in one buffer and byte by byte", () => {
    const wire = encodeFrames(sample, true);
    assert.deepEqual(decodeFrames(wire), sample);
    const decoder = new FrameDecoder();
    const events = [...wire].flatMap((byte) => decoder.push(Uint8Array.of(byte)));
    assert.deepEqual(events, sample);
    assert.equal(decoder.stats.frames, sample.length);
    assert.equal(decoder.droppedFrames, 0);
  });

  it("skips and counts garbage between frames", () => {
    const garbage = Uint8Array.of(0x41, 0x42, 0x43, 0x00, 0xff, 0x00);
    const wire = concat(encodeFrame(sample[0]!), garbage, encodeFrame(sample[1]!));
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(wire), [sample[0], sample[1]]);
    assert.equal(decoder.droppedFrames, 2);
    assert.equal(decoder.stats.droppedBytes, 4);
  });

  it("drops a frame whose CRC is wrong and keeps the next one", () => {
    const body = encodeBody(sample[3]!);
    body[8] = body[8]! ^ 0x01; // a text byte; the CRC no longer matches
    const bad = concat(cobsEncode(body), Uint8Array.of(0));
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(concat(bad, encodeFrame(sample[4]!))), [sample[4]]);
    assert.equal(decoder.stats.dropped.crc, 1);
  });

  it("drops a truncated frame and resynchronises at the next delimiter", () => {
    const whole = encodeFrame(sample[4]!);
    const truncated = whole.subarray(0, whole.length - 4); // lost its tail, including the 0x00
    const decoder = new FrameDecoder();
    // Without its delimiter the truncated frame swallows the next one; the frame after that survives.
    const events = decoder.push(concat(truncated, encodeFrame(sample[5]!), encodeFrame(sample[6]!)));
    assert.deepEqual(events, [sample[6]]);
    assert.equal(decoder.droppedFrames, 1);
  });

  it("drops a frame with a wrong payload length or an unknown type", () => {
    const short = encodeFrame({ type: "app-exit", t: 1, fields: { app: 0, code: 0 } });
    const decodedShort = cobsDecode(short.subarray(0, short.length - 1))!;
    // Rebuild the body without one payload byte and with a valid CRC.
    const body = concat(decodedShort.subarray(0, 6), decodedShort.subarray(7, decodedShort.length - 2));
    const crc = crc16(body);
    const reframed = concat(cobsEncode(concat(body, Uint8Array.of(crc & 0xff, crc >> 8))), Uint8Array.of(0));
    const unknown = concat(Uint8Array.of(0xee, 0, 0, 0, 0));
    const unknownCrc = crc16(unknown);
    const unknownFrame = concat(
      cobsEncode(concat(unknown, Uint8Array.of(unknownCrc & 0xff, unknownCrc >> 8))),
      Uint8Array.of(0),
    );
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(concat(reframed, unknownFrame, encodeFrame(sample[0]!))), [sample[0]]);
    assert.equal(decoder.stats.dropped.length, 1);
    assert.equal(decoder.stats.dropped["unknown-type"], 1);
  });

  it("drops an over-long block without growing", () => {
    const noise = new Uint8Array(5000).fill(7);
    const decoder = new FrameDecoder();
    assert.deepEqual(decoder.push(concat(noise, Uint8Array.of(0), encodeFrame(sample[2]!))), [sample[2]]);
    assert.equal(decoder.stats.dropped["too-long"], 1);
    assert.equal(decoder.stats.droppedBytes, 5000);
  });

  it("never throws on random noise, and frames after the noise still decode", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.integer({ min: 1, max: 64 }), (noise, chunk) => {
        const decoder = new FrameDecoder();
        const wire = concat(noise, Uint8Array.of(0), encodeFrames(sample));
        const events: DeviceEvent[] = [];
        for (let i = 0; i < wire.length; i += chunk)
          events.push(...decoder.push(wire.subarray(i, i + chunk)));
        assert.deepEqual(events.slice(-sample.length), sample);
      }),
      { numRuns: 300 },
    );
  });
});
