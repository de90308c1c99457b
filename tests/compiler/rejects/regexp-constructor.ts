const digits = new RegExp("[0-9]+"); //! RG1112
console.log(1);
