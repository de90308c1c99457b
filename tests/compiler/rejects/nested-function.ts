function outer(): number {
  function inner(): number { //! RG1012
    return 1;
  }
  return inner();
}
console.log(outer());
