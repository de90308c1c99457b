// Literal types and type aliases: string literal unions as parameters and fields, numeric literal
// unions, boolean literals, aliases of object types, function types and unions, exhaustive narrowing
// with if chains, and literal values stored in arrays and maps.
type Direction = "north" | "east" | "south" | "west";
type Dice = 1 | 2 | 3 | 4 | 5 | 6;
type Turn = "left" | "right";
type Pos = { x: number; y: number; facing: Direction };
type Move = (p: Pos) => Pos;
type Cmd = Turn | "forward";

const order: Direction[] = ["north", "east", "south", "west"];

function turn(d: Direction, t: Turn): Direction {
  const i = order.indexOf(d);
  return order[(i + (t === "right" ? 1 : 3)) % 4] ?? "north";
}

function step(p: Pos): Pos {
  if (p.facing === "north") return { x: p.x, y: p.y + 1, facing: p.facing };
  if (p.facing === "south") return { x: p.x, y: p.y - 1, facing: p.facing };
  if (p.facing === "east") return { x: p.x + 1, y: p.y, facing: p.facing };
  return { x: p.x - 1, y: p.y, facing: p.facing };
}

function apply(p: Pos, c: Cmd): Pos {
  if (c === "forward") return step(p);
  return { x: p.x, y: p.y, facing: turn(p.facing, c) };
}

function roll(seed: number): Dice {
  const r = seed % 6;
  if (r === 0) return 1;
  if (r === 1) return 2;
  if (r === 2) return 3;
  if (r === 3) return 4;
  if (r === 4) return 5;
  return 6;
}

const program: Cmd[] = [
  "forward",
  "forward",
  "right",
  "forward",
  "left",
  "left",
  "forward",
  "forward",
  "forward",
];
let pos: Pos = { x: 0, y: 0, facing: "north" };
const trail: string[] = [];
for (const c of program) {
  pos = apply(pos, c);
  trail.push(`${pos.x},${pos.y}${pos.facing.charAt(0)}`);
}
console.log(trail.join(" "), pos);
const twice: Move = (p) => step(step(p));
console.log(twice({ x: 5, y: 5, facing: "west" }));
const rolls: Dice[] = [];
for (let i = 0; i < 12; i++) rolls.push(roll(i * 7 + 3));
const freq = new Map<Dice, number>();
for (const r of rolls) freq.set(r, (freq.get(r) ?? 0) + 1);
console.log(rolls, freq);
const yes: true = true;
const no: false = false;
const flags: boolean[] = [yes, no, yes === true];
console.log(flags, turn("west", "right"), turn("north", "left"));
type Status = "idle" | "busy" | 404 | null;
const statuses: Status[] = ["idle", 404, null, "busy"];
console.log(statuses.map((s) => (s === null ? "none" : s === 404 ? "missing" : s.toUpperCase())));
