function make(): any { //! RG1101
  return 1;
}
console.log(1);
