const x = 1;
eval("x + 1"); //! RG0004
console.log(x);
