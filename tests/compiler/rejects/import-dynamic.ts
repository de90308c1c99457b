const sensors = import("./sensors"); //! RG1014
console.log(1);
