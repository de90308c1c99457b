function sum(a: number, b: number): number {
  return arguments.length; //! RG1109
}
console.log(sum(1, 2));
