const n = 5;
console.log("n=" + n); //! RG1007
