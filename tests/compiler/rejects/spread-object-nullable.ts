interface Point {
  x: number;
  y: number;
}
function moved(p: Point | null): Point {
  const q = { ...p, x: 1 }; //! RG1020
  return { x: q.x, y: 0 };
}
console.log(moved(null).x);
