import * as regen from "./util"; //! RG1014
console.log(1);
