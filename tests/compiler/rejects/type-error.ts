const x: number = true; //! RG0001
console.log(x);
