const x = 1;
eval("x + 1"); //! RG1102
console.log(x);
