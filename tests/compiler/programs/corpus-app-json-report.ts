// @qemu
// A JSON report builder: sensor readings aggregated per sensor into nested objects, printed as JSON
interface Reading {
  sensor: string;
  t: number;
  value: number;
}
interface Summary {
  sensor: string;
  count: number;
  min: number;
  max: number;
  mean: number;
  alarms: number[];
}
const readings: Reading[] = [];
for (let t = 0; t < 24; t++) {
  readings.push({ sensor: "temp", t: t, value: 20 + Math.round(Math.sin(t / 4) * 50) / 10 });
  if (t % 3 === 0) readings.push({ sensor: "hum", t: t, value: 40 + ((t * 7) % 13) });
}
const bySensor = new Map<string, Reading[]>();
for (const r of readings) {
  const list = bySensor.get(r.sensor) ?? [];
  list.push(r);
  bySensor.set(r.sensor, list);
}
const summaries: Summary[] = [];
for (const [sensor, list] of bySensor) {
  const values = list.map((r) => r.value);
  summaries.push({
    sensor: sensor,
    count: list.length,
    min: values.reduce((a, b) => Math.min(a, b), Infinity),
    max: values.reduce((a, b) => Math.max(a, b), -Infinity),
    mean: Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100,
    alarms: list.filter((r) => r.value > 24 || r.value > 50).map((r) => r.t),
  });
}
const report = {
  version: 2,
  generated: "virtual",
  ok: summaries.every((s) => s.alarms.length < 5),
  summaries: summaries,
};
console.log(JSON.stringify(report));
console.log(JSON.stringify(report, null, 2));
