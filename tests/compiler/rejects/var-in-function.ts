function f(): number {
  var total = 1; //! RG1026
  return total;
}
console.log(f());
