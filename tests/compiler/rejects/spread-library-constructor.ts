const args: [[string, number][]] = [[["a", 1]]];
const m = new Map(...args); //! RG1004
console.log(m.size);
