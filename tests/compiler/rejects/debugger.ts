let n = 1;
debugger; //! RG1118
console.log(n);
