// @qemu
// Interfaces implemented by classes and by object literals, used interchangeably: method calls through
// the interface, interface inheritance, optional members, function-typed fields, readonly fields and
// arrays of mixed implementations.
interface Named {
  readonly name: string;
}
interface Device extends Named {
  power: number;
  describe(): string;
  reset?: () => void;
}
interface Storage extends Device {
  capacity: number;
  used: number;
}

class Led implements Device {
  power = 0.02;
  blinks = 0;
  constructor(readonly name: string) {}
  describe(): string {
    return `${this.name} (led, ${this.power * 1000} mW, ${this.blinks} blinks)`;
  }
  blink(): void {
    this.blinks++;
  }
}

class Flash implements Storage {
  readonly name = "flash";
  power = 0.1;
  used = 0;
  constructor(readonly capacity: number) {}
  describe(): string {
    return `${this.name} ${this.used}/${this.capacity}`;
  }
  write(n: number): boolean {
    if (this.used + n > this.capacity) return false;
    this.used += n;
    return true;
  }
}

let resets = 0;
const radio: Device = {
  name: "radio",
  power: 0.5,
  describe: () => `radio at ${radio.power} W`,
  reset: () => {
    resets++;
    radio.power = 0.25;
  },
};
const eeprom: Storage = {
  name: "eeprom",
  power: 0.01,
  capacity: 4096,
  used: 1024,
  describe: () => `eeprom ${(eeprom.used / eeprom.capacity) * 100}% used`,
};

function totalPower(ds: Device[]): number {
  return ds.reduce((a, d) => a + d.power, 0);
}
function freeBytes(s: Storage): number {
  return s.capacity - s.used;
}
function names(xs: Named[]): string {
  return xs.map((x) => x.name).join("/");
}

const led = new Led("status");
led.blink();
led.blink();
const flash = new Flash(100);
console.log(flash.write(60), flash.write(50), flash.write(40), freeBytes(flash), freeBytes(eeprom));
const devices: Device[] = [led, flash, radio, eeprom];
for (const d of devices) console.log(d.describe(), d.reset === undefined ? "no reset" : "resettable");
console.log(totalPower(devices).toFixed(3), names(devices), names([{ name: "plain" }]));
for (const d of devices) if (d.reset !== undefined) d.reset();
console.log(resets, radio.describe(), totalPower(devices).toFixed(3));
const storages: Storage[] = [flash, eeprom];
console.log(
  storages.map((s) => freeBytes(s)),
  storages.every((s) => s.used > 0),
);
console.log(led, flash instanceof Flash, eeprom.capacity);
