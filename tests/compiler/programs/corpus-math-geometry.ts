// @qemu
// A small geometry library: distances, polygon area, rotation with rounding to fixed digits
interface Vec {
  x: number;
  y: number;
}
function dist(a: Vec, b: Vec): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}
function rotate(p: Vec, deg: number): Vec {
  const r = (deg * Math.PI) / 180;
  return { x: p.x * Math.cos(r) - p.y * Math.sin(r), y: p.x * Math.sin(r) + p.y * Math.cos(r) };
}
function area(poly: Vec[]): number {
  let s = 0;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i];
    const b = poly[(i + 1) % poly.length];
    if (a !== undefined && b !== undefined) s += a.x * b.y - b.x * a.y;
  }
  return Math.abs(s) / 2;
}
const square: Vec[] = [
  { x: 0, y: 0 },
  { x: 2, y: 0 },
  { x: 2, y: 2 },
  { x: 0, y: 2 },
];
console.log(area(square), dist({ x: 0, y: 0 }, { x: 2, y: 2 }));
for (let deg = 0; deg <= 360; deg += 45) {
  const p = rotate({ x: 1, y: 0 }, deg);
  console.log(deg, p.x.toFixed(6), p.y.toFixed(6), Math.round(Math.atan2(p.y, p.x) * (180 / Math.PI)));
}
const rotated: Vec[] = [];
for (const p of square) rotated.push(rotate(p, 30));
console.log(area(rotated).toFixed(9));
