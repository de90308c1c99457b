// @qemu
// CSV parsing and aggregation for uploaded sensor logs: quoted fields with commas and doubled quotes,
// header mapping, numeric parsing with validation, group-by with Maps, min/max/mean per group, and a
// formatted report sorted by mean, plus CSV output with escaping.
function parseLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (quoted) {
      if (c === '"' && line.charAt(i + 1) === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function escape(field: string): string {
  return field.includes(",") || field.includes('"') || field.includes("\n")
    ? `"${field.replaceAll('"', '""')}"`
    : field;
}

interface Stat {
  n: number;
  sum: number;
  min: number;
  max: number;
}

const csv = [
  "site,sensor,value,note",
  'north,temp,21.5,"ok"',
  'north,temp,22.25,"drift, small"',
  "south,temp,19,",
  'south,hum,55,"said ""hi"""',
  "north,hum,61.5,",
  "east,temp,abc,bad value",
  "south,temp,18.5,",
  "west,temp,,empty",
  "north,temp,-1e1,cold snap",
  "",
].join("\n");

const lines = csv.split("\n").filter((l) => l.trim() !== "");
const header = parseLine(lines[0] ?? "");
const col = new Map<string, number>();
header.forEach((h, i) => col.set(h, i));
const stats = new Map<string, Stat>();
const rejected: string[] = [];
for (let r = 1; r < lines.length; r++) {
  const f = parseLine(lines[r] ?? "");
  const site = f[col.get("site") ?? 0] ?? "";
  const sensor = f[col.get("sensor") ?? 1] ?? "";
  const raw = f[col.get("value") ?? 2] ?? "";
  const v = raw.trim() === "" ? NaN : Number(raw);
  if (!Number.isFinite(v)) {
    rejected.push(`line ${r + 1}: ${JSON.stringify(raw)} (${f[3] ?? ""})`);
    continue;
  }
  const key = `${site}/${sensor}`;
  const s = stats.get(key) ?? { n: 0, sum: 0, min: Infinity, max: -Infinity };
  s.n++;
  s.sum += v;
  s.min = Math.min(s.min, v);
  s.max = Math.max(s.max, v);
  stats.set(key, s);
}
console.log(header, lines.length - 1, "rows");
const rows = Array.from(stats.entries()).sort((a, b) => b[1].sum / b[1].n - a[1].sum / a[1].n);
for (const [k, s] of rows)
  console.log(`${k.padEnd(12)} n=${s.n} min=${s.min} max=${s.max} mean=${(s.sum / s.n).toFixed(3)}`);
console.log(rejected);
console.log(parseLine('a,"b,c",,"d""e"'), parseLine(""), parseLine('"unterminated,x'));
const out = [
  ["site", "note"],
  ["north", 'drift, "small"'],
  ["x\ny", "plain"],
].map((r) => r.map(escape).join(","));
console.log(out.join("\n"));
