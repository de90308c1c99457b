interface Point {
  x: number;
}
const a: Point = { x: 1 };
const b: Point = { x: 1 };
console.log(a === b); //! RG1020
console.log(a); //! RG1005
