let x: any = 5; //! RG1101
console.log(1);
