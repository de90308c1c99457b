import fs = require("fs"); //! RG1014
console.log(1);
