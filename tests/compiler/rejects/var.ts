var x = 1; //! RG1026
console.log(x);
