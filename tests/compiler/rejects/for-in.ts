import { startInfo } from "regen";

for (const key in startInfo()) { //! RG1111
  console.log(1);
}
