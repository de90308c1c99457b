// Run-length and delta encodings a logger uses to shrink sensor data: RLE of strings ("aaab" -> "3a1b")
// and of byte arrays as [count, value] pairs (runs capped), delta + zigzag + varint encoding of integer series,
// decoders, round-trip checks and compression ratios.
function rleString(s: string): string {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const c = s.charAt(i);
    let j = i;
    while (j < s.length && s.charAt(j) === c) j++;
    out += String(j - i) + c;
    i = j;
  }
  return out;
}

function unrleString(s: string): string {
  let out = "";
  let num = "";
  for (const ch of s) {
    if (ch >= "0" && ch <= "9") num += ch;
    else {
      out += ch.repeat(parseInt(num, 10));
      num = "";
    }
  }
  return out;
}

function rleBytes(xs: number[], maxRun: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length;) {
    const v = xs[i] ?? 0;
    let n = 1;
    while (n < maxRun && xs[i + n] === v) n++;
    out.push(n, v);
    i += n;
  }
  return out;
}

function unrleBytes(xs: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + 1 < xs.length; i += 2) for (let k = 0; k < (xs[i] ?? 0); k++) out.push(xs[i + 1] ?? 0);
  return out;
}

const zigzag = (n: number): number => ((n << 1) ^ (n >> 31)) >>> 0;
const unzigzag = (z: number): number => (z >>> 1) ^ -(z & 1);

function varints(series: number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  for (const x of series) {
    let z = zigzag(x - prev);
    prev = x;
    while (z >= 0x80) {
      out.push((z & 0x7f) | 0x80);
      z = z >>> 7;
    }
    out.push(z);
  }
  return out;
}

function unvarints(bytes: number[]): number[] {
  const out: number[] = [];
  let prev = 0;
  let z = 0;
  let shift = 0;
  for (const b of bytes) {
    z = (z | ((b & 0x7f) << shift)) >>> 0;
    if ((b & 0x80) !== 0) shift += 7;
    else {
      prev += unzigzag(z);
      out.push(prev);
      z = 0;
      shift = 0;
    }
  }
  return out;
}

function strings(): void {
  for (const s of [
    "",
    "a",
    "aaab",
    "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
    "abcabc",
    "zzzzzzzzzzzz",
  ]) {
    const e = rleString(s);
    console.log(
      JSON.stringify(e),
      unrleString(e) === s,
      s.length === 0 ? "-" : (e.length / s.length).toFixed(3),
    );
  }
}

function bytes(): void {
  const frame: number[] = [];
  for (let i = 0; i < 40; i++) frame.push(i < 10 ? 0 : i < 13 ? 255 : i % 7 === 0 ? 9 : 1);
  const packed = rleBytes(frame, 255);
  console.log(packed, unrleBytes(packed).join("") === frame.join(""), packed.length, frame.length);
}

function runs(): void {
  const long: number[] = [];
  for (let i = 0; i < 130; i++) long.push(7);
  console.log(rleBytes(long, 60), unrleBytes(rleBytes(long, 60)).length, rleBytes(long, 255));
}

function series(): void {
  const temps = [2150, 2151, 2153, 2150, 2149, 2100, 2300, -5, 0, 65536, -70000, 2 ** 30];
  const enc = varints(temps);
  console.log(enc, enc.length, unvarints(enc), JSON.stringify(unvarints(enc)) === JSON.stringify(temps));
  console.log([0, -1, 1, -2, 2, 2147483647, -2147483648].map(zigzag), [0, 1, 2, 3, 4294967295].map(unzigzag));
}

strings();
bytes();
runs();
series();
