// @qemu
// Plain-data objects in arrays, Maps and Sets: the containers hold references, so an object changed
// through one container is changed in every other, and identity-based lookups (indexOf, includes,
// Set.has) work as in JavaScript.
interface Sample {
  t: number;
  value: number;
  ok: boolean;
}

function nth<T>(xs: T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new Error(`no item ${i}`);
  return x;
}

function makeSamples(n: number): Sample[] {
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) out.push({ t: i * 10, value: ((i * 37) % 11) - 5, ok: i % 3 !== 0 });
  return out;
}

function arrays(samples: Sample[]): void {
  const good = samples.filter((s) => s.ok);
  nth(good, 0).value = 99;
  console.log(samples[1], good.length, samples.indexOf(nth(good, 0)), good.includes(nth(samples, 0)));
  const sorted = samples.slice().sort((a, b) => a.value - b.value || a.t - b.t);
  console.log(sorted.map((s) => s.t).join(","), sorted[0] === samples[3]);
  const hit = samples.find((s) => s.value < -3);
  if (hit !== undefined) hit.ok = false;
  console.log(hit, samples.findIndex((s) => s === hit));
  const sum = samples.reduce((acc, s) => acc + s.value, 0);
  console.log(sum, samples.some((s) => s.value === 99), samples.every((s) => s.t >= 0));
  const last = samples.pop();
  if (last !== undefined) samples.unshift(last);
  console.log(samples[0] === last, samples.length, samples[0]);
  samples.reverse();
  console.log(samples.map((s) => s.value));
}

function maps(samples: Sample[]): void {
  const byTime = new Map<number, Sample>();
  for (const s of samples) byTime.set(s.t, s);
  const s30 = byTime.get(30);
  if (s30 !== undefined) s30.value += 1000;
  console.log(samples.find((s) => s.t === 30)?.value, byTime.size, byTime.get(31));
  const byName = new Map<string, Sample>();
  byName.set("first", nth(samples, 0));
  byName.set("again", nth(samples, 0));
  const first = byName.get("first");
  if (first !== undefined) first.ok = true;
  console.log(byName.get("again")?.ok, byName.get("first") === byName.get("again"));
  for (const [key, s] of byName) console.log(key, s.t);
  const seen = new Set<Sample>();
  for (const s of samples) seen.add(s);
  seen.add(nth(samples, 2));
  seen.add({ t: nth(samples, 2).t, value: nth(samples, 2).value, ok: nth(samples, 2).ok });
  console.log(seen.size, seen.has(nth(samples, 4)), seen.has({ t: 0, value: 0, ok: true }));
}

function grid(): void {
  const rows: Sample[][] = [];
  for (let r = 0; r < 3; r++) {
    const row: Sample[] = [];
    for (let c = 0; c < 3; c++) row.push({ t: r, value: c, ok: r === c });
    rows.push(row);
  }
  nth(nth(rows, 1), 1).value = -1;
  const diag = rows.map((row, i) => nth(row, i));
  diag.forEach((d) => (d.t *= 2));
  console.log(nth(rows, 2)[2], diag.map((d) => `${d.t}/${d.value}`).join(" "));
  console.log(JSON.stringify(rows[1]));
}

const samples = makeSamples(8);
arrays(samples);
maps(samples);
grid();
