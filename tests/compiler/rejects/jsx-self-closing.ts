const view = <div class="x" />; //! RG0002
console.log(1);
