interface Box {
  value: any; //! RG1101
}
console.log(1);
