const n = 3;
console.log(n == 3); //! RG1010
