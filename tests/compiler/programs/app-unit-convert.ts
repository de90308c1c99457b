// Unit conversions for a weather station: temperature, length, pressure and speed through a table of
// linear conversions keyed by unit pairs, with round trips, rounding to significant digits and parsing
// of "12.5 km" style inputs.
type Quantity = "temperature" | "length" | "pressure" | "speed";

interface Unit {
  name: string;
  quantity: Quantity;
  scale: number; // value in base unit = value * scale + offset
  offset: number;
}

const units = new Map<string, Unit>();
function unit(name: string, quantity: Quantity, scale: number, offset: number): void {
  units.set(name, {
    name: name,
    quantity: quantity,
    scale: scale,
    offset: offset,
  });
}
unit("K", "temperature", 1, 0);
unit("C", "temperature", 1, 273.15);
unit("F", "temperature", 5 / 9, 273.15 - (32 * 5) / 9);
unit("m", "length", 1, 0);
unit("km", "length", 1000, 0);
unit("mi", "length", 1609.344, 0);
unit("ft", "length", 0.3048, 0);
unit("in", "length", 0.0254, 0);
unit("Pa", "pressure", 1, 0);
unit("hPa", "pressure", 100, 0);
unit("atm", "pressure", 101325, 0);
unit("psi", "pressure", 6894.757293168, 0);
unit("m/s", "speed", 1, 0);
unit("km/h", "speed", 1 / 3.6, 0);
unit("kn", "speed", 1852 / 3600, 0);

function convert(value: number, from: string, to: string): number {
  const a = units.get(from);
  const b = units.get(to);
  if (a === undefined || b === undefined) throw new Error(`unknown unit ${a === undefined ? from : to}`);
  if (a.quantity !== b.quantity) throw new TypeError(`cannot convert ${a.quantity} to ${b.quantity}`);
  return (value * a.scale + a.offset - b.offset) / b.scale;
}

function sig(x: number, digits: number): string {
  return x === 0 ? "0" : String(Number(x.toPrecision(digits)));
}

interface Parsed {
  value: number;
  unit: string;
}

function parse(text: string): Parsed | null {
  const t = text.trim();
  const sp = t.indexOf(" ");
  if (sp < 0) return null;
  const v = parseFloat(t.slice(0, sp));
  const u = t.slice(sp + 1).trim();
  return Number.isNaN(v) || !units.has(u) ? null : { value: v, unit: u };
}

const checks: [number, string, string][] = [
  [100, "C", "F"],
  [-40, "F", "C"],
  [0, "K", "C"],
  [98.6, "F", "K"],
  [1, "mi", "km"],
  [6, "ft", "in"],
  [1013.25, "hPa", "atm"],
  [14.7, "psi", "hPa"],
  [100, "km/h", "m/s"],
  [10, "kn", "km/h"],
];
for (const [v, f, t] of checks) {
  const r = convert(v, f, t);
  const back = convert(r, t, f);
  console.log(`${v} ${f} = ${sig(r, 6)} ${t}`, r.toFixed(3), Math.abs(back - v) < 1e-9);
}
for (const bad of [
  ["C", "m"],
  ["x", "m"],
  ["km", "y"],
]) {
  try {
    convert(1, bad[0] ?? "", bad[1] ?? "");
  } catch (e) {
    console.log(e instanceof TypeError ? "TypeError" : "Error", e instanceof Error ? e.message : "");
  }
}
for (const text of ["12.5 km", " 3 mi ", "70 F", "1e3 Pa", "abc m", "5", "5 parsecs", "-0 C"]) {
  const p = parse(text);
  if (p === null) console.log(JSON.stringify(text), "unparsed");
  else {
    const q = units.get(p.unit)?.quantity ?? "length";
    const base = q === "temperature" ? "C" : q === "length" ? "m" : q === "pressure" ? "hPa" : "km/h";
    console.log(JSON.stringify(text), p, sig(convert(p.value, p.unit, base), 4), base);
  }
}
let byQuantity = "";
for (const [name, u] of units) byQuantity += u.quantity.charAt(0) + name + " ";
console.log(byQuantity.trimEnd(), units.size);
