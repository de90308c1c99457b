declare module "sensors" { //! RG1116
  export function read(): number;
}
console.log(1);
