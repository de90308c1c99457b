const a = [1, 2, 3]; //! RG1004
console.log(a.length); //! RG1004
