interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
for (const key in p) { //! RG1111
  console.log(1);
}
