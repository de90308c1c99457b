// @qemu
// Numeric enums (auto and explicit values) and string enums in comparisons, arrays and maps
enum Color {
  Red,
  Green,
  Blue = 10,
  Purple,
}
enum Level {
  Debug = "debug",
  Info = "info",
  Error = "error",
}
console.log(Color.Red, Color.Green, Color.Blue, Color.Purple);
function rank(l: Level): number {
  if (l === Level.Debug) return 0;
  if (l === Level.Info) return 1;
  return 2;
}
const levels = [Level.Error, Level.Debug, Level.Info];
const sortedLevels = levels.slice().sort((a, b) => rank(a) - rank(b));
console.log(levels, levels.map(rank), sortedLevels);
const min = Level.Info;
for (const l of [Level.Debug, Level.Info, Level.Error]) {
  if (rank(l) >= rank(min)) console.log(`[${l.toUpperCase()}] shown`);
}
const names = new Map<Color, string>([
  [Color.Red, "rouge"],
  [Color.Blue, "bleu"],
]);
console.log(names.get(Color.Blue), names.get(Color.Green), Color.Purple - Color.Blue);
let c: Color = Color.Green;
c = c === Color.Green ? Color.Purple : Color.Red;
console.log(c, c === Color.Purple);
