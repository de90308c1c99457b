interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
Object.setPrototypeOf(p, null); //! RG1106
console.log(p.x);
