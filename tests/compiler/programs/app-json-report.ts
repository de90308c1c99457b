// A device status report assembled from nested plain objects and arrays and serialised with
// JSON.stringify (compact, indented with numbers and with strings), including escapes and non-finite numbers.
interface Reading {
  sensor: string;
  value: number;
  unit: string;
  ok: boolean;
}
interface Section {
  title: string;
  readings: Reading[];
  notes: string[];
}
interface Report {
  device: string;
  version: number[];
  uptimeS: number;
  sections: Section[];
  tags: string[];
  lastError: string | null;
  checksum?: number;
}

function reading(sensor: string, value: number, unit: string): Reading {
  return {
    sensor: sensor,
    value: value,
    unit: unit,
    ok: Number.isFinite(value) && value >= 0,
  };
}

function build(): Report {
  const env: Section = {
    title: "environment",
    readings: [reading("temp", 21.5, "C"), reading("humidity", 48, "%"), reading("pressure", 1013.25, "hPa")],
    notes: [],
  };
  const power: Section = {
    title: "power",
    readings: [reading("vbat", 3.7, "V"), reading("current", -0.015, "A"), reading("ratio", 1 / 0, "")],
    notes: ['charger "fast" mode', "line1\nline2\ttab", "back\\slash"],
  };
  return {
    device: "node-7",
    version: [1, 4, 0],
    uptimeS: 86400 * 3 + 17,
    sections: [env, power],
    tags: ["outdoor", "solar"],
    lastError: null,
  };
}

function checksum(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return h;
}

const report = build();
const compact = JSON.stringify(report);
console.log(compact);
console.log(compact.length, checksum(compact));
report.checksum = checksum(compact);
report.lastError = "E42: watchdog";
console.log(JSON.stringify(report.sections[1], null, 2));
console.log(JSON.stringify({ device: report.device, tags: report.tags, err: report.lastError }, null, "--"));
const okCount = report.sections.reduce((n, s) => n + s.readings.filter((r) => r.ok).length, 0);
console.log("ok readings", okCount, "of", report.sections.map((s) => s.readings.length).join("+"));
console.log(JSON.stringify([NaN, -0, 1e21, 1e-7, 0.1 + 0.2, "é€😀"]), JSON.stringify("\u0001\u001f"));
console.log(JSON.stringify([]), JSON.stringify({}), JSON.stringify([[]], null, 4), JSON.stringify(""));
