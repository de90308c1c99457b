interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
Reflect.set(p, "x", 3); //! RG1105
console.log(p.x);
