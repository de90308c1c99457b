import { i32 } from "regen";

let i: i32 = i32(0);
i++; //! RG1011
console.log(i);
