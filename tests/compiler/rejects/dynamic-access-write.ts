interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
p["y"] = 5; //! RG1107
console.log(p.y);
