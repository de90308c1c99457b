// @qemu
// A serial console command parser: splits lines into words, looks commands up in a Map of handlers
// (closures over a settings store), validates numeric arguments and reports errors per line.
type Handler = (args: string[]) => string;

const settings = new Map<string, number>([
  ["rate", 100],
  ["gain", 2],
]);
let uptime = 0;
const history: string[] = [];

function parseNum(word: string | undefined): number | null {
  if (word === undefined || word.trim() === "") return null;
  const v = Number(word);
  return Number.isFinite(v) ? v : null;
}

const commands = new Map<string, Handler>();
commands.set("get", (args) => {
  const key = args[0] ?? "";
  const v = settings.get(key);
  return v === undefined ? `error: unknown key '${key}'` : `${key}=${v}`;
});
commands.set("set", (args) => {
  const key = args[0];
  const v = parseNum(args[1]);
  if (key === undefined || v === null) return "error: usage set <key> <number>";
  const old = settings.get(key);
  settings.set(key, v);
  return old === undefined ? `added ${key}=${v}` : `${key}: ${old} -> ${v}`;
});
commands.set("list", () => {
  const parts: string[] = [];
  for (const [k, v] of settings) parts.push(`${k}=${v}`);
  return parts.join(", ");
});
commands.set("tick", (args) => {
  const n = parseNum(args[0]) ?? 1;
  if (n < 0 || !Number.isInteger(n)) return "error: tick count must be a whole number >= 0";
  uptime += n;
  return `uptime ${uptime}`;
});
commands.set("del", (args) => (settings.delete(args[0] ?? "") ? "deleted" : "error: nothing to delete"));
commands.set("hist", () => history.slice(-3).join(" | "));

function execute(line: string): string {
  const words = line
    .trim()
    .split(" ")
    .filter((w) => w.length > 0);
  const name = (words.shift() ?? "").toLowerCase();
  if (name === "") return "(empty)";
  history.push(name);
  const h = commands.get(name);
  if (h === undefined)
    return `error: unknown command '${name}' (try: ${Array.from(commands.keys()).join(" ")})`;
  return h(words);
}

const script = [
  "get rate",
  "  SET   rate   250 ",
  "set gain 0x10",
  "set offset -3.5",
  "set bad",
  "set x abc",
  "get missing",
  "list",
  "tick",
  "tick 41",
  "tick -2",
  "tick 1.5",
  "",
  "   ",
  "reboot now",
  "del gain",
  "del gain",
  "LIST",
  "hist",
];
for (const line of script) console.log(`> ${JSON.stringify(line)}`, "=>", execute(line));
console.log(settings.size, history.length, uptime);
