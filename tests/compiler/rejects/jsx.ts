const view = <div>hello</div>; //! RG1121
console.log(1);
