// @qemu
// A GPS track analyser: haversine distances, initial bearings and compass points, total length, speed
// between fixes, a bounding box, Douglas-Peucker simplification with a tolerance in metres, and
// degrees/minutes/seconds formatting of coordinates.
interface Fix {
  lat: number;
  lon: number;
  t: number;
}

const R = 6371008.8;
const rad = (d: number): number => (d * Math.PI) / 180;
const deg = (r: number): number => (r * 180) / Math.PI;

function distance(a: Fix, b: Fix): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

function bearing(a: Fix, b: Fix): number {
  const y = Math.sin(rad(b.lon - a.lon)) * Math.cos(rad(b.lat));
  const x =
    Math.cos(rad(a.lat)) * Math.sin(rad(b.lat)) -
    Math.sin(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.cos(rad(b.lon - a.lon));
  return (deg(Math.atan2(y, x)) + 360) % 360;
}

const points = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];
const compass = (b: number): string => points[Math.round(b / 45) % 8] ?? "?";

function dms(v: number, pos: string, neg: string): string {
  const a = Math.abs(v);
  const d = Math.floor(a);
  const mFloat = (a - d) * 60;
  const m = Math.floor(mFloat);
  const s = (mFloat - m) * 60;
  return `${d}°${String(m).padStart(2, "0")}'${s.toFixed(2).padStart(5, "0")}"${v < 0 ? neg : pos}`;
}

function crossTrack(p: Fix, a: Fix, b: Fix): number {
  const d13 = distance(a, p) / R;
  const t13 = rad(bearing(a, p));
  const t12 = rad(bearing(a, b));
  return Math.abs(Math.asin(Math.sin(d13) * Math.sin(t13 - t12)) * R);
}

function simplify(track: Fix[], tol: number): Fix[] {
  if (track.length < 3) return track.slice();
  const first = track[0];
  const last = track[track.length - 1];
  if (first === undefined || last === undefined) return [];
  let worst = 0;
  let at = -1;
  for (let i = 1; i < track.length - 1; i++) {
    const p = track[i];
    if (p === undefined) continue;
    const d = crossTrack(p, first, last);
    if (d > worst) {
      worst = d;
      at = i;
    }
  }
  if (worst <= tol) return [first, last];
  const left = simplify(track.slice(0, at + 1), tol);
  return left.slice(0, -1).concat(simplify(track.slice(at), tol));
}

const track: Fix[] = [];
for (let i = 0; i < 25; i++) {
  const wiggle = Math.sin(i / 2) * 0.0004;
  track.push({
    lat: 51.5 + i * 0.0009 + wiggle,
    lon: -0.12 + i * 0.0012 - (i > 15 ? (i - 15) * 0.002 : 0),
    t: i * 10,
  });
}
let total = 0;
let maxSpeed = 0;
for (let i = 1; i < track.length; i++) {
  const a = track[i - 1];
  const b = track[i];
  if (a === undefined || b === undefined) continue;
  const d = distance(a, b);
  total += d;
  maxSpeed = Math.max(maxSpeed, d / (b.t - a.t));
  if (i % 6 === 0) console.log(i, d.toFixed(2), bearing(a, b).toFixed(1), compass(bearing(a, b)));
}
const lats = track.map((f) => f.lat);
const lons = track.map((f) => f.lon);
console.log("length", total.toFixed(1), "m; max speed", (maxSpeed * 3.6).toFixed(2), "km/h");
const lo = (xs: number[]): number => xs.reduce((m, x) => Math.min(m, x), Infinity);
const hi = (xs: number[]): number => xs.reduce((m, x) => Math.max(m, x), -Infinity);
console.log("box", lo(lats).toFixed(5), hi(lats).toFixed(5), lo(lons).toFixed(5), hi(lons).toFixed(5));
for (const tol of [1, 10, 30, 100])
  console.log("tolerance", tol, "keeps", simplify(track, tol).length, "of", track.length);
const london: Fix = { lat: 51.5074, lon: -0.1278, t: 0 };
const paris: Fix = { lat: 48.8566, lon: 2.3522, t: 0 };
const sydney: Fix = { lat: -33.8688, lon: 151.2093, t: 0 };
console.log(
  (distance(london, paris) / 1000).toFixed(3),
  bearing(london, paris).toFixed(3),
  compass(bearing(paris, london)),
);
console.log(
  (distance(london, sydney) / 1000).toFixed(1),
  dms(sydney.lat, "N", "S"),
  dms(sydney.lon, "E", "W"),
  dms(london.lon, "E", "W"),
);
