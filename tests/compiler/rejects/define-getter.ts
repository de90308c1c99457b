interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
p.__defineGetter__("sum", () => 3); //! RG1115
console.log(p.x);
