function f(): number {
  return 1;
}
const g = f; //! RG1027
console.log(1);
