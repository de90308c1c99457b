const big = BigInt(10); //! RG1113
console.log(1);
