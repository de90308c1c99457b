interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
console.log(p["x"]); //! RG1107
