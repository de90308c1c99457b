const big = 12345678901234567890n; //! RG1113
console.log(1);
