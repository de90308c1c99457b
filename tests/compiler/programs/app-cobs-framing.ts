// Serial framing as a device-to-host link does it: COBS encoding (no zero bytes inside a frame), a
// CRC-16/CCITT trailer, zero-delimited frames in a byte stream, a streaming decoder fed in arbitrary
// chunks that resynchronises after garbage, and statistics of good and bad frames.
function crc16(bytes: number[]): number {
  let crc = 0xffff;
  for (const b of bytes) {
    crc ^= b << 8;
    for (let k = 0; k < 8; k++)
      crc = (crc & 0x8000) !== 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

function cobsEncode(data: number[]): number[] {
  const out: number[] = [0];
  let codeAt = 0;
  let code = 1;
  for (const b of data) {
    if (b === 0) {
      out[codeAt] = code;
      codeAt = out.length;
      out.push(0);
      code = 1;
    } else {
      out.push(b);
      code++;
      if (code === 0xff) {
        out[codeAt] = code;
        codeAt = out.length;
        out.push(0);
        code = 1;
      }
    }
  }
  out[codeAt] = code;
  return out;
}

function cobsDecode(enc: number[]): number[] | null {
  const out: number[] = [];
  let i = 0;
  while (i < enc.length) {
    const code = enc[i] ?? 0;
    if (code === 0 || i + code > enc.length + 0) return null;
    for (let k = 1; k < code; k++) out.push(enc[i + k] ?? 0);
    i += code;
    if (code < 0xff && i < enc.length) out.push(0);
  }
  return out;
}

function frame(payload: number[]): number[] {
  const c = crc16(payload);
  return cobsEncode(payload.concat([c >> 8, c & 0xff])).concat([0]);
}

class Decoder {
  private buf: number[] = [];
  frames: string[] = [];
  bad = 0;
  feed(chunk: number[]): void {
    for (const b of chunk) {
      if (b !== 0) {
        this.buf.push(b);
        continue;
      }
      if (this.buf.length > 0) this.finish();
      this.buf = [];
    }
  }
  private finish(): void {
    const dec = cobsDecode(this.buf);
    if (dec === null || dec.length < 2) {
      this.bad++;
      return;
    }
    const body = dec.slice(0, -2);
    const crc = ((dec[dec.length - 2] ?? 0) << 8) | (dec[dec.length - 1] ?? 0);
    if (crc !== crc16(body)) {
      this.bad++;
      return;
    }
    this.frames.push(body.map((b) => (b >= 32 && b < 127 ? String.fromCharCode(b) : `<${b}>`)).join(""));
  }
}

const bytes = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0) & 0xff);
for (const p of [[], [0], [0, 0], [1, 2, 0, 3], [0x11, 0x22, 0x00, 0x33], bytes("hello")]) {
  const e = cobsEncode(p);
  console.log(
    JSON.stringify(p),
    "->",
    JSON.stringify(e),
    JSON.stringify(cobsDecode(e)) === JSON.stringify(p),
    e.includes(0),
  );
}
function longRun(): void {
  // more than 254 non-zero bytes: the encoder starts a new block with code 0xff
  const long: number[] = [];
  for (let i = 1; i <= 260; i++) long.push(i % 256 === 0 ? 7 : i % 256);
  const le = cobsEncode(long);
  console.log(le.length, le[0], le[255], le.includes(0), (cobsDecode(le) ?? []).length);
}
longRun();
const stream: number[] = [9, 9, 9, 0]
  .concat(frame(bytes("temp=21.5")))
  .concat(frame([0, 1, 0, 2]))
  .concat([5, 6, 7, 0])
  .concat(frame(bytes("hum=48")));
const corrupt = frame(bytes("volt=3.3"));
corrupt[3] = (corrupt[3] ?? 0) ^ 0x40;
const all = stream.concat(corrupt).concat(frame(bytes("end")));
const dec = new Decoder();
for (let i = 0; i < all.length; i += 5) dec.feed(all.slice(i, i + 5));
console.log(dec.frames, "bad", dec.bad, "bytes", all.length, "crc", crc16(bytes("123456789")).toString(16));
