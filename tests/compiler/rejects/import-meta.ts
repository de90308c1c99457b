const here = import.meta.url; //! RG1014
console.log(1);
