const xs: (number | undefined)[] = [1, , 3]; //! RG1004
console.log(xs.length);
