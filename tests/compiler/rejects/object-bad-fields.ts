interface Bad {
  name: string; //! RG1020
  size?: number; //! RG1020
  grow(): void; //! RG1020
}
interface Base {
  a: number;
}
interface Derived extends Base { //! RG1020
  b: number;
}
console.log(1);
