const n = 2;
const twice = (0, eval)("n * 2"); //! RG1102
console.log(n);
