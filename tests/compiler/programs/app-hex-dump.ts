// A hex dump utility as a debug console prints memory: 16 bytes per line with offsets, hex pairs
// grouped by 8, an ASCII column with dots for unprintable bytes, a trailing partial line, a compare of
// two buffers listing differing offsets, and parsing a hex string back to bytes.
function hex2(n: number): string {
  return (n & 0xff).toString(16).padStart(2, "0");
}

function dump(bytes: Uint8Array, base: number): string[] {
  const lines: string[] = [];
  for (let off = 0; off < bytes.length; off += 16) {
    const row = bytes.subarray(off, off + 16);
    let hexPart = "";
    let ascii = "";
    for (let i = 0; i < 16; i++) {
      const b = row.at(i);
      hexPart += (b === undefined ? "  " : hex2(b)) + (i === 7 ? "  " : " ");
      if (b !== undefined) ascii += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".";
    }
    lines.push(`${(base + off).toString(16).padStart(8, "0")}  ${hexPart} |${ascii}|`);
  }
  return lines;
}

function diff(a: Uint8Array, b: Uint8Array): string[] {
  const out: string[] = [];
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.at(i);
    const y = b.at(i);
    if (x !== y)
      out.push(`@${i}: ${x === undefined ? "--" : hex2(x)} != ${y === undefined ? "--" : hex2(y)}`);
  }
  return out;
}

function parseHex(s: string): Uint8Array | string {
  const clean = s.split(" ").join("").toLowerCase();
  if (clean.length % 2 !== 0) return "odd number of digits";
  const out = new Uint8Array(clean.length / 2);
  for (let i = 0; i < clean.length; i += 2) {
    const v = parseInt(clean.slice(i, i + 2), 16);
    const ok =
      "0123456789abcdef".includes(clean.charAt(i)) && "0123456789abcdef".includes(clean.charAt(i + 1));
    if (Number.isNaN(v) || !ok) return `bad digits at ${i}`;
    out.fill(v, i / 2, i / 2 + 1);
  }
  return out;
}

const mem = new Uint8Array(45);
for (let i = 0; i < mem.length; i++) mem.fill((i * 29 + 7) & 0xff, i, i + 1);
const text = "Hello, regen!\n\tbye";
for (let i = 0; i < text.length; i++) mem.fill(text.charCodeAt(i), 20 + i, 21 + i);
for (const l of dump(mem, 0x20000000)) console.log(l);
console.log(dump(new Uint8Array(0), 0).length, dump(new Uint8Array([0x41]), 0xfff0));
const copy = mem.slice();
copy.fill(0, 3, 5);
copy.fill(0x7f, 44, 45);
console.log(
  diff(mem, copy),
  diff(mem, mem.subarray(0, 40)).length,
  diff(new Uint8Array(2), new Uint8Array(2)),
);
for (const s of ["de ad be ef", "00FF10", "abc", "zz11", "", "0a 0D 7e 7F"]) {
  const r = parseHex(s);
  console.log(JSON.stringify(s), typeof r === "string" ? r : Array.from(r).map(hex2).join(":"));
}
