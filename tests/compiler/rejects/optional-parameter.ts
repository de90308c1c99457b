function f(a: number, b?: number): number { //! RG1019
  return a;
}
console.log(f(1));
