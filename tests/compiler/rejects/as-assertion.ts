import { i32 } from "regen";

const a = 5 as i32; //! RG1029
console.log(a);
