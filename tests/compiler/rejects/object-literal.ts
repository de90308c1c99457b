const p = { x: 1, y: 2 }; //! RG1020
console.log(1);
