// @qemu
// A PID controller driving a simulated heater (first-order plant) to a setpoint: proportional, integral
// with anti-windup clamping, derivative on measurement, output saturation, settling detection and a
// step change of the setpoint; prints a compact trace and summary statistics.
class Pid {
  private integral = 0;
  private lastMeasure: number | null = null;
  constructor(
    private kp: number,
    private ki: number,
    private kd: number,
    private outMin: number,
    private outMax: number,
  ) {}
  update(setpoint: number, measure: number, dt: number): number {
    const err = setpoint - measure;
    this.integral = Math.min(this.outMax, Math.max(this.outMin, this.integral + this.ki * err * dt));
    const last = this.lastMeasure;
    const deriv = last === null ? 0 : -(measure - last) / dt;
    this.lastMeasure = measure;
    const out = this.kp * err + this.integral + this.kd * deriv;
    return Math.min(this.outMax, Math.max(this.outMin, out));
  }
}

class Heater {
  temp: number;
  constructor(
    readonly ambient: number,
    private tau: number,
    private gain: number,
  ) {
    this.temp = ambient;
  }
  step(power: number, dt: number): number {
    const target = this.ambient + this.gain * power;
    this.temp += ((target - this.temp) * dt) / this.tau;
    return this.temp;
  }
}

function simulate(kp: number, ki: number, kd: number): void {
  const pid = new Pid(kp, ki, kd, 0, 100);
  const plant = new Heater(20, 8, 0.6);
  let setpoint = 60;
  let overshoot = 0;
  let settledAt = -1;
  let energy = 0;
  const trace: string[] = [];
  for (let i = 0; i < 120; i++) {
    if (i === 70) {
      setpoint = 45;
      settledAt = -1;
    }
    const u = pid.update(setpoint, plant.temp, 0.5);
    const t = plant.step(u, 0.5);
    energy += u * 0.5;
    if (i < 70) overshoot = Math.max(overshoot, t - setpoint);
    if (Math.abs(t - setpoint) < 0.5) {
      if (settledAt < 0) settledAt = i;
    } else settledAt = -1;
    if (i % 10 === 0) trace.push(`${t.toFixed(1)}@${u.toFixed(0)}`);
  }
  console.log(`kp=${kp} ki=${ki} kd=${kd}:`, trace.join(" "));
  console.log(
    "  overshoot",
    overshoot.toFixed(3),
    "settled at",
    settledAt,
    "energy",
    energy.toFixed(1),
    "final",
    plant.temp.toFixed(4),
  );
}

simulate(4, 0.5, 0);
simulate(8, 1.2, 2);
simulate(1, 0, 0);
simulate(20, 3, 5);
