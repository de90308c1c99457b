// @qemu
// Static fields and methods: counters shared by all instances, static factory methods, static
// constants used by instance methods, statics on subclasses alongside the base's, static methods
// calling each other, and a registry kept in a static Map.
class Id {
  static next = 1;
  static readonly prefix = "dev-";
  static issued: string[] = [];
  static make(): string {
    const id = Id.prefix + String(Id.next++).padStart(3, "0");
    Id.issued.push(id);
    return id;
  }
  static reset(to: number): void {
    Id.next = to;
  }
}

class Device {
  static count = 0;
  static registry = new Map<string, Device>();
  static readonly maxNameLength = 8;
  readonly id: string;
  constructor(readonly name: string) {
    this.id = Id.make();
    Device.count++;
    Device.registry.set(this.id, this);
  }
  static create(name: string): Device {
    return new Device(Device.clip(name));
  }
  static clip(name: string): string {
    return name.length > Device.maxNameLength ? name.slice(0, Device.maxNameLength - 1) + "~" : name;
  }
  static find(id: string): string {
    return Device.registry.get(id)?.name ?? "(none)";
  }
  label(): string {
    return `${this.id}:${this.name}/${Device.count}`;
  }
}

class Sensor extends Device {
  static sensors = 0;
  constructor(
    name: string,
    readonly unit: string,
  ) {
    super(name);
    Sensor.sensors++;
  }
  static create2(name: string, unit: string): Sensor {
    return new Sensor(Device.clip(name), unit);
  }
}

const a = Device.create("thermometer-outdoor");
const b = new Device("fan");
const s = Sensor.create2("humidity-probe", "%");
console.log(a.label(), b.label(), s.label(), s.unit);
console.log(Device.count, Sensor.sensors, Id.next, Id.issued, Device.registry.size);
console.log(Device.find("dev-002"), Device.find("dev-999"), Device.clip("short"), Device.maxNameLength);
Id.reset(100);
const c = new Sensor("co2", "ppm");
console.log(c.id, Id.issued.length, Id.prefix.length, Device.count, Sensor.sensors);
Device.count = 0;
Device.count += 5;
Id.next *= 2;
console.log(Device.count, Id.next, Array.from(Device.registry.keys()).join(","));
