const x = ; //! RG0002
console.log(x);
