interface Point {
  x: number;
}
function move(p: Point): void {
  p.x = 5; //! RG1020
}
move({ x: 1 });
