function* count(): Generator<number> { //! RG1110
  yield 1;
}
console.log(1);
