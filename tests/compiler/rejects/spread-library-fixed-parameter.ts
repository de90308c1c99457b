const range: [number, number] = [1, 3];
console.log("abcdef".slice(...range)); //! RG1004
