const add = Function("a", "b", "return a + b"); //! RG1103
console.log(1);
