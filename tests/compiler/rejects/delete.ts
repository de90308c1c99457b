interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
delete p.y; //! RG1108
console.log(p.x);
