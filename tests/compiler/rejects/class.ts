class Counter { //! RG1002
  n = 0;
}
console.log(1);
