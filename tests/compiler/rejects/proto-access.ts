interface Point { x: number; y: number }
const p: Point = { x: 1, y: 2 };
console.log(p.__proto__ === undefined); //! RG1106
