const digits = /[0-9]+/g; //! RG1112
console.log(1);
