interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
Object.defineProperty(p, "sum", { get: () => 3 }); //! RG1115
console.log(p.x);
