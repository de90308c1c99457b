interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
const q = { __proto__: p, z: 3 }; //! RG1106
console.log(p.x);
