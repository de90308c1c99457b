interface P {
  x: number;
}
class A {
  constructor(public { x }: P) {} //! RG1019
}
console.log(new A({ x: 1 }) instanceof A);
