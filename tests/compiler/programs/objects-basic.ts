import { i32, u8 } from "regen";

interface Point {
  x: number;
  y: number;
}
type Box = { min: Point; max: Point; hits: i32; tag: u8; open: boolean };

function area(b: Box): number {
  return (b.max.x - b.min.x) * (b.max.y - b.min.y);
}

function grow(b: Box, by: number): Box {
  return {
    min: { x: b.min.x - by, y: b.min.y - by },
    max: { x: b.max.x + by, y: b.max.y + by },
    hits: b.hits,
    tag: b.tag,
    open: !b.open,
  };
}

let counter = 0;
function next(): number {
  counter += 1;
  return counter;
}

const box: Box = { min: { x: 0, y: 0 }, max: { x: 2, y: 3 }, hits: i32(0), tag: u8(300), open: false };
console.log(area(box), box.tag, box.open);
box.max.x += 1.5;
box.min.y -= 1;
box.hits = i32(box.hits + 1);
box.max.y **= 2;
box.min.x++;
--box.min.x;
console.log(box.max.x, box.max.y, box.min.y, box.hits, area(box));

// Fields are evaluated in source order even when written out of declaration order.
const p: Point = { y: next(), x: next() };
console.log(p.x, p.y);

let b2 = grow(box, 0.5);
console.log(area(b2), b2.open, b2.min.x, b2.max.y);
b2 = grow(b2, 1);
console.log(area(b2), b2.open);

// A callee sees the caller's object as it is at the call (objects are passed by reference).
function bumpAndRead(q: Point): number {
  box.min.x = 100;
  return q.x;
}
console.log(bumpAndRead(box.min));

for (let i = 0; i < 3; i++) {
  const local: Point = { x: i, y: i * i };
  local.y += local.x;
  console.log(`local ${local.x} ${local.y}`);
}

setTimeout(() => {
  box.hits = i32(box.hits * 10);
  console.log("timer", box.hits, box.max.x > 3 ? box.max.y : -1);
}, 5);
