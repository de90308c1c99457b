const n = 3;
console.log("%d items", n); //! RG1016
