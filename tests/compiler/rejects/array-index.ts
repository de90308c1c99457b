const a = [1, 2, 3]; //! RG1004
const b = a[0]; //! RG1004
console.log(b);
