let x: any = 5; //! RG1005
console.log(1);
