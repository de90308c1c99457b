function Point(): void {}
Point.prototype.norm = 1; //! RG1106
console.log(1);
