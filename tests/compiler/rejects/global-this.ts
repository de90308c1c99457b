const g = globalThis; //! RG1119
console.log(1);
