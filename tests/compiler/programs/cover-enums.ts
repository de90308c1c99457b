// @qemu
// Numeric and string enums: auto-numbering, explicit values and continuation after them, negative and
// computed-constant members, enums as Map keys and array indexes, string enums compared and printed,
// iteration through a list of members, and flags combined with bitwise operators.
enum Color {
  Red,
  Green,
  Blue,
}
enum Http {
  Ok = 200,
  Created,
  Accepted,
  NotFound = 404,
  Teapot = 418,
}
enum Level {
  Low = -1,
  Mid = 0,
  High = 1 << 4,
}
enum Flag {
  None = 0,
  Read = 1,
  Write = 2,
  Exec = 4,
  All = Read | Write | Exec,
}
enum Unit {
  Celsius = "C",
  Fahrenheit = "F",
  Kelvin = "K",
}

function describeStatus(code: Http): string {
  switch (code) {
    case Http.Ok:
    case Http.Created:
    case Http.Accepted:
      return `success ${code}`;
    case Http.NotFound:
      return "missing";
    default:
      return `other ${code}`;
  }
}

function convert(v: number, from: Unit, to: Unit): number {
  const k = from === Unit.Celsius ? v + 273.15 : from === Unit.Fahrenheit ? ((v - 32) * 5) / 9 + 273.15 : v;
  if (to === Unit.Kelvin) return k;
  return to === Unit.Celsius ? k - 273.15 : ((k - 273.15) * 9) / 5 + 32;
}

console.log(
  Color.Red,
  Color.Green,
  Color.Blue,
  Http.Ok,
  Http.Created,
  Http.Accepted,
  Http.NotFound,
  Http.Teapot,
);
console.log(
  Level.Low,
  Level.Mid,
  Level.High,
  Flag.All,
  Flag.Read | Flag.Exec,
  (Flag.All & ~Flag.Write) === (Flag.Read | Flag.Exec),
);
console.log([Http.Ok, Http.Accepted, Http.NotFound, Http.Teapot].map(describeStatus));
const palette = ["#f00", "#0f0", "#00f"];
const counts = new Map<Color, number>();
for (const c of [Color.Blue, Color.Red, Color.Blue, Color.Green, Color.Blue])
  counts.set(c, (counts.get(c) ?? 0) + 1);
console.log(palette[Color.Blue], counts, counts.get(Color.Blue));
const units: Unit[] = [Unit.Celsius, Unit.Fahrenheit, Unit.Kelvin];
for (const from of units)
  console.log(from, units.map((to) => `${convert(100, from, to).toFixed(2)}${to}`).join(" "));
let perms: Flag = Flag.None;
perms |= Flag.Read;
perms |= Flag.Write;
const has = (f: Flag): boolean => (perms & f) !== 0;
console.log(
  perms,
  has(Flag.Read),
  has(Flag.Exec),
  Unit.Celsius === "C",
  `${Unit.Kelvin}`,
  Unit.Fahrenheit.length,
);
console.log({ unit: Unit.Kelvin, color: Color.Green, status: Http.Teapot }, [Unit.Celsius, Level.Low]);
