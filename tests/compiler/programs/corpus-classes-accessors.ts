// @qemu
// Getters and setters with validation, computed properties, private state and static members
class Temperature {
  static readonly absoluteZero = -273.15;
  static instances = 0;
  private celsius = 0;
  constructor(c: number) {
    this.c = c;
    Temperature.instances++;
  }
  get c(): number {
    return this.celsius;
  }
  set c(v: number) {
    this.celsius = v < Temperature.absoluteZero ? Temperature.absoluteZero : v;
  }
  get f(): number {
    return (this.celsius * 9) / 5 + 32;
  }
  set f(v: number) {
    this.c = ((v - 32) * 5) / 9;
  }
  static fromF(f: number): Temperature {
    const t = new Temperature(0);
    t.f = f;
    return t;
  }
}
const t = new Temperature(25);
console.log(t.c, t.f);
t.f = 212;
console.log(t.c, t.f);
t.c = -500;
console.log(t.c, t.f.toFixed(2));
const u = Temperature.fromF(-40);
console.log(u.c, u.f, Temperature.instances, Temperature.absoluteZero);
t.c = t.c + 10;
u.f = u.f * 2;
console.log(t.c.toFixed(2), u.c.toFixed(3));
