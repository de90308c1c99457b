const greeting = "hello"; //! RG1007
console.log(1);
