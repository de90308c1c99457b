declare const sensorValue: number; //! RG1120
console.log(sensorValue);
