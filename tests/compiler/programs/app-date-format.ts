// @qemu
// Calendar arithmetic without Date (a device has only a seconds counter): epoch seconds to
// year/month/day hour:min:sec via civil-from-days, day of week, leap years, ISO 8601 formatting with
// padStart, durations like "3d 04:05:06", and parsing back to seconds.
interface Civil {
  y: number;
  m: number;
  d: number;
}

function civilFromDays(z0: number): Civil {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m: m, d: d };
}

function daysFromCivil(c: Civil): number {
  const y = c.m <= 2 ? c.y - 1 : c.y;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = c.m > 2 ? c.m - 3 : c.m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + c.d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const p2 = (n: number): string => String(n).padStart(2, "0");

function iso(t: number): string {
  const days = Math.floor(t / 86400);
  const secs = t - days * 86400;
  const c = civilFromDays(days);
  const wd = weekdays[((days % 7) + 7) % 7] ?? "?";
  return `${wd} ${String(c.y).padStart(4, "0")}-${p2(c.m)}-${p2(c.d)}T${p2(Math.floor(secs / 3600))}:${p2(Math.floor(secs / 60) % 60)}:${p2(secs % 60)}Z`;
}

function parseIso(s: string): number {
  const [date, time] = s.split("T");
  const [y, m, d] = (date ?? "").split("-").map((x) => parseInt(x, 10));
  const [hh, mm, ss] = (time ?? "00:00:00Z")
    .replace("Z", "")
    .split(":")
    .map((x) => parseInt(x, 10));
  return (
    daysFromCivil({ y: y ?? 1970, m: m ?? 1, d: d ?? 1 }) * 86400 +
    (hh ?? 0) * 3600 +
    (mm ?? 0) * 60 +
    (ss ?? 0)
  );
}

function duration(s: number): string {
  const d = Math.floor(s / 86400);
  const rest = s % 86400;
  return `${d > 0 ? d + "d " : ""}${p2(Math.floor(rest / 3600))}:${p2(Math.floor(rest / 60) % 60)}:${p2(rest % 60)}`;
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const stamps = [
  0,
  86399,
  86400,
  951782400,
  951868800,
  1709210096,
  1798761600,
  2147483647,
  4102444800,
  -1,
  -86400 * 365,
];
for (const t of stamps) {
  const s = iso(t);
  console.log(String(t).padStart(11), s, parseIso(s.slice(4)) === t);
}
console.log([1900, 2000, 2023, 2024, 2100, 2400].map((y) => `${y}:${isLeap(y) ? "leap" : "-"}`).join(" "));
console.log(
  duration(0),
  duration(59),
  duration(3661),
  duration(86400 * 3 + 4 * 3600 + 5 * 60 + 6),
  duration(10 ** 7),
);
const feb = [28, 29].map((d) => daysFromCivil({ y: 2024, m: 2, d: d }));
console.log(
  feb,
  civilFromDays((feb[1] ?? 0) + 1),
  daysFromCivil({ y: 2026, m: 11, d: 27 }) - daysFromCivil({ y: 2026, m: 1, d: 1 }),
);
