const xs = [1, 2, 3]; //! RG1004
console.log(1);
