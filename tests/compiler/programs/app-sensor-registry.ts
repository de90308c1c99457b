// A sensor registry using plain-data records that may be missing: last readings as `Reading | null`,
// calibration as `Calib | undefined`, truthiness checks on counts and names, `x!` after validation,
// logical assignment for defaults, rest/destructuring of records, and a summary per sensor.
interface Reading {
  value: number;
  at: number;
}
interface Calib {
  offset: number;
  scale: number;
}
interface Sensor {
  name: string;
  unit: string;
  last: Reading | null;
  calib?: Calib;
  errors: number;
}

const sensors = new Map<string, Sensor>();

function register(name: string, unit: string, calib?: Calib): Sensor {
  const s: Sensor = { name: name, unit: unit, last: null, errors: 0 };
  if (calib) s.calib = calib;
  sensors.set(name, s);
  return s;
}

function record(name: string, raw: number, at: number): string {
  const s = sensors.get(name);
  if (!s) return `unknown sensor ${name || "(empty)"}`;
  if (!Number.isFinite(raw)) {
    s.errors++;
    return `${name}: rejected ${raw}`;
  }
  const c = s.calib ?? { offset: 0, scale: 1 };
  const prev = s.last;
  s.last = { value: (raw + c.offset) * c.scale, at: at };
  const delta = prev ? s.last.value - prev.value : 0;
  return `${name}: ${s.last.value.toFixed(2)}${s.unit}${delta ? ` (${delta > 0 ? "+" : ""}${delta.toFixed(2)})` : ""}`;
}

function freshest(): Reading | null {
  let best: Reading | null = null;
  for (const s of sensors.values()) if (s.last && (!best || s.last.at > best.at)) best = s.last;
  return best;
}

register("t1", "C", { offset: -0.5, scale: 1 });
register("p1", "hPa");
register("h1", "%", { offset: 0, scale: 0.1 });
const events: [string, number, number][] = [
  ["t1", 21.7, 10],
  ["p1", 1013.2, 11],
  ["h1", 455, 12],
  ["t1", 21.7, 20],
  ["t1", 22.9, 30],
  ["x9", 1, 31],
  ["", 1, 32],
  ["p1", NaN, 33],
  ["h1", 470, 40],
];
for (const [n, v, at] of events) console.log(record(n, v, at));
const f = freshest();
console.log(f, f?.at ?? -1);
for (const [name, { unit, last, errors, ...rest }] of sensors) {
  const label = (rest.calib && `cal(${rest.calib.offset},${rest.calib.scale})`) || "raw";
  console.log(name, unit, last ? last.value.toFixed(3) : "none", errors || "-", label);
}
const t1 = sensors.get("t1")!;
t1.calib ??= { offset: 0, scale: 1 };
t1.errors ||= 42;
const p1 = sensors.get("p1")!;
p1.calib ??= { offset: 1, scale: 2 };
console.log(t1.calib, t1.errors, p1.calib, record("p1", 1000, 50));
