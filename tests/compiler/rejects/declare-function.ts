declare function readSensor(): number; //! RG1120
console.log(readSensor());
