const tag = Symbol("tag"); //! RG1114
console.log(1);
