let value: unknown = 3; //! RG1101
console.log(1);
