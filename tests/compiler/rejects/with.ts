interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
with (p) { //! RG1104
  console.log(1);
}
