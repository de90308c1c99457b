interface Point {
  x: number;
  y: number;
}

const a: Point = { x: 1, y: 2 };
const b: Point = a; //! RG1032
let c: Point = { x: 0, y: 0 };
c = b; //! RG1032
function pick(p: Point): Point {
  return p; //! RG1032
}
console.log(b.x, c.y, pick(a).x);
