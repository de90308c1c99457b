const word = "hello";
const { length } = word; //! RG1020
console.log(length);
