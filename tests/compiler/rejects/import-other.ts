import { readFileSync } from "fs"; //! RG0001
console.log(1);
