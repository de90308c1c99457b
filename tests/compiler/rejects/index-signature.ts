interface Table {
  [key: string]: number; //! RG1107
}
console.log(1);
