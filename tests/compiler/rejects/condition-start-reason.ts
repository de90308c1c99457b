// A startInfo() value is one of a fixed set of names: compare it with one instead of testing it.
import { startInfo } from "regen";

if (startInfo().reason) { //! RG1009
  console.log("started");
}
