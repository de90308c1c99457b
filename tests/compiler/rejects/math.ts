console.log(Math.sqrt(2)); //! RG0004
