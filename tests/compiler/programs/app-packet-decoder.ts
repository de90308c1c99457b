// @qemu
// A binary telemetry packet decoder: frames in a Uint8Array read and written with [i], little-endian
// u16/i16/u32 fields assembled with shifts, a type byte dispatched with a switch over names, payload
// values of several types narrowed with typeof, a checksum byte, and an encoder for round trips.
type Value = number | string | boolean;

interface Packet {
  kind: string;
  seq: number;
  values: Value[];
}

const kinds = ["ping", "temp", "gps", "text", "flags"];

function u16(b: Uint8Array, at: number): number {
  return (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
}
function i16(b: Uint8Array, at: number): number {
  return (u16(b, at) << 16) >> 16;
}
function u32(b: Uint8Array, at: number): number {
  return (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
}

function checksum(b: Uint8Array, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s = (s + b[i]!) & 0xff;
  return s ^ 0xa5;
}

function decode(b: Uint8Array): Packet | string {
  if (b.length < 4) return "short frame";
  const n = b.length - 1;
  if (checksum(b, n) !== b[n]) return `bad checksum ${b[n]} != ${checksum(b, n)}`;
  const kind = kinds[b[0]!] ?? `unknown(${b[0]})`;
  const seq = u16(b, 1);
  const values: Value[] = [];
  switch (kind) {
    case "ping":
      break;
    case "temp":
      for (let at = 3; at + 1 < n; at += 2) values.push(i16(b, at) / 100);
      break;
    case "gps":
      values.push(u32(b, 3) / 1e6 - 90, u32(b, 7) / 1e6 - 180, b[11]! > 3);
      break;
    case "text": {
      let s = "";
      for (let at = 3; at < n; at++) s += String.fromCharCode(b[at]!);
      values.push(s);
      break;
    }
    case "flags":
      for (let bit = 0; bit < 8; bit++) values.push(((b[3] ?? 0) >> bit) & 1 ? true : false);
      break;
    default:
      return `cannot decode ${kind}`;
  }
  return { kind: kind, seq: seq, values: values };
}

function encode(kind: string, seq: number, body: number[]): Uint8Array {
  const b = new Uint8Array(body.length + 4);
  b[0] = kinds.indexOf(kind);
  b[1] = seq & 0xff;
  b[2] = seq >> 8;
  body.forEach((v, i) => {
    b[3 + i] = v;
  });
  b[b.length - 1] = checksum(b, b.length - 1);
  return b;
}

function show(v: Value): string {
  switch (typeof v) {
    case "number":
      return Number.isInteger(v) ? String(v) : v.toFixed(4);
    case "boolean":
      return v ? "yes" : "no";
    default:
      return JSON.stringify(v);
  }
}

const le16 = (x: number): number[] => [x & 0xff, (x >> 8) & 0xff];
const le32 = (x: number): number[] => [x & 0xff, (x >>> 8) & 0xff, (x >>> 16) & 0xff, (x >>> 24) & 0xff];
const frames = [
  encode("ping", 1, []),
  encode("temp", 2, [...le16(2150), ...le16(-1234 & 0xffff), ...le16(0)]),
  encode("gps", 300, [...le32(Math.round((51.5 + 90) * 1e6)), ...le32(Math.round((-0.12 + 180) * 1e6)), 5]),
  encode(
    "text",
    65535,
    Array.from("hi\tthere", (c) => c.charCodeAt(0)),
  ),
  encode("flags", 7, [0b10100101]),
];
for (const f of frames) {
  const p = decode(f);
  console.log(f.length, typeof p === "string" ? p : `${p.kind}#${p.seq}: ${p.values.map(show).join(", ")}`);
}
const broken = frames[1]!.slice();
broken[3] = broken[3]! ^ 1;
const unknown = encode("ping", 9, [1]);
unknown[0] = 9;
unknown[unknown.length - 1] = checksum(unknown, unknown.length - 1);
console.log(decode(broken), decode(new Uint8Array(2)), decode(unknown), frames[2]);
const clipped = new Uint8Array(3);
clipped[0] = 256 + 7;
clipped[1] = -1;
clipped[5] = 1;
console.log(
  clipped,
  clipped[5],
  typeof clipped[0],
  i16(new Uint8Array([0x00, 0x80]), 0),
  u32(new Uint8Array([255, 255, 255, 255]), 0),
);
