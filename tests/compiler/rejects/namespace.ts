namespace Geometry { //! RG1116
  export const unit = 1;
}
console.log(1);
