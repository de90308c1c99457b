function sealed(target: unknown): void {} //! RG1101
@sealed //! RG1117
class Sensor {}
console.log(1);
