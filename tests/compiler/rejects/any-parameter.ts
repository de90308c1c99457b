function twice(x: any): number { //! RG1101
  return 2;
}
console.log(twice(2));
