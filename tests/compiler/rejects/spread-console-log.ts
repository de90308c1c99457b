const parts = ["a", "b"];
console.log(...parts); //! RG1004
