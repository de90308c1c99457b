function* inner() { //! RG1110
  yield 1;
}
console.log(2);
