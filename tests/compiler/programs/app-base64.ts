// @qemu
// Base64 and hex encoding of byte strings (as a telemetry uplink would send binary data), with
// padding, round trips, URL-safe variant and rejection of malformed input.
const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function encode(bytes: number[], urlSafe: boolean): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const n = (b0 << 16) | (b1 << 8) | b2;
    const left = bytes.length - i;
    out += alphabet.charAt((n >> 18) & 63) + alphabet.charAt((n >> 12) & 63);
    out += left > 1 ? alphabet.charAt((n >> 6) & 63) : urlSafe ? "" : "=";
    out += left > 2 ? alphabet.charAt(n & 63) : urlSafe ? "" : "=";
  }
  if (urlSafe) out = out.replaceAll("+", "-").replaceAll("/", "_");
  return out;
}

function decode(text: string): number[] | null {
  const s = text.replaceAll("-", "+").replaceAll("_", "/");
  const trimmed = s.endsWith("==") ? s.slice(0, -2) : s.endsWith("=") ? s.slice(0, -1) : s;
  if (trimmed.length % 4 === 1) return null;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of trimmed) {
    const v = alphabet.indexOf(ch);
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return out;
}

function toBytes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}
function fromBytes(b: number[]): string {
  return b.map((x) => String.fromCharCode(x)).join("");
}
function toHex(b: number[]): string {
  return b.map((x) => x.toString(16).padStart(2, "0")).join("");
}

const samples = ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Man", "hello, world!"];
for (const s of samples) {
  const e = encode(toBytes(s), false);
  const d = decode(e);
  console.log(JSON.stringify(s), e, d === null ? "bad" : fromBytes(d) === s);
}
const bin = [0, 255, 254, 62, 63, 128, 1, 251, 239];
const std = encode(bin, false);
const url = encode(bin, true);
console.log(std, url, toHex(bin));
console.log(decode(std), decode(url));
for (const bad of ["abc$", "A", "ab=c", "Zm9v!"]) console.log(bad, decode(bad));
const all: number[] = [];
for (let i = 0; i < 120; i++) all.push((i * 37) & 255);
const enc = encode(all, false);
console.log(enc.length, enc.slice(0, 24), enc.slice(-8), toHex(decode(enc) ?? []).slice(-16));
