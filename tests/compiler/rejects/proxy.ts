interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
const watched = new Proxy(p, {}); //! RG1105
console.log(p.x);
