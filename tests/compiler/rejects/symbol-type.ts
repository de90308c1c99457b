let key: symbol = Symbol("key"); //! RG1114
console.log(1);
