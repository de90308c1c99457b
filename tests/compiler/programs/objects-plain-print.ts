// console.log and JSON.stringify of plain-data objects (numbers, integers, booleans, nested objects):
// Node's inspect layout, nesting limits, shared references, number edge cases.
import { i32, u32, u8 } from "regen";

interface Rgb {
  r: u8;
  g: u8;
  b: u8;
}
interface Pixel {
  x: i32;
  y: i32;
  color: Rgb;
  lit: boolean;
}
interface Frame {
  id: u32;
  scale: number;
  first: Pixel;
  last: Pixel;
}

function pixel(x: number, y: number, shade: number): Pixel {
  return { x: i32(x), y: i32(y), color: { r: u8(shade), g: u8(shade * 2), b: u8(shade * 3) }, lit: shade > 100 };
}

function logging(): void {
  const p = pixel(3, -4, 120);
  console.log(p);
  console.log(p.color, [p.color, p.color]);
  const f: Frame = { id: u32(4294967295), scale: -0, first: p, last: pixel(-2147483648, 7, 0) };
  console.log(f);
  console.log([f], { frame: f });
  console.log("inline:", p.color, "and", f.scale, f.id);
  const numbers: Frame = { id: u32(0), scale: NaN, first: p, last: p };
  numbers.first.color.r = u8(300);
  console.log(numbers.last.color, numbers.scale, `${numbers.first.x}`);
}

function json(): void {
  const p = pixel(1, 2, 250);
  console.log(JSON.stringify(p));
  console.log(JSON.stringify({ id: u32(7), scale: Infinity, first: p, last: p }));
  console.log(JSON.stringify(p, null, 2));
  console.log(JSON.stringify([p.color, null, p.color], null, "--"));
  const f: Frame = { id: u32(1), scale: 1e21, first: p, last: pixel(0, 0, -1) };
  console.log(JSON.stringify(f).length, JSON.stringify(f.last));
  console.log(String(JSON.stringify(f.first.color) === JSON.stringify({ r: 250, g: 244, b: 238 })));
}

function wide(): void {
  const row: Pixel[] = [];
  for (let i = 0; i < 4; i++) row.push(pixel(i, i * i, i * 60));
  console.log(row);
  const rgbs: Rgb[] = row.map((p) => p.color);
  console.log(rgbs);
  console.log(
    rgbs.map((c) => c.r + c.g + c.b),
    rgbs.filter((c) => c.b > 200).length,
  );
}

logging();
json();
wide();
