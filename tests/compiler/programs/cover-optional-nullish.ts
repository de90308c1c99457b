// Optional chaining and nullish coalescing: ?. on nested optional objects, arrays that may be
// undefined, Map lookups, chains that short-circuit the rest of the expression, ?? with 0/""/false kept
// (unlike ||), ?? chains, and optional fields assigned through objects created with them.
interface Gps {
  lat: number;
  lon: number;
  fix?: string;
}
interface Modem {
  imei: string;
  gps?: Gps;
  rssi?: number;
  apn?: string;
}
interface Board {
  name: string;
  modem?: Modem;
  tags?: string[];
}

const boards: Board[] = [
  {
    name: "full",
    modem: { imei: "35-1", gps: { lat: 51.5, lon: -0.12, fix: "3d" }, rssi: 0, apn: "" },
    tags: ["a", "b"],
  },
  { name: "no-gps", modem: { imei: "35-2", rssi: -71 } },
  { name: "bare" },
  { name: "tagged", tags: [] },
];

function describe(b: Board): string {
  const lat = b.modem?.gps?.lat ?? NaN;
  const fix = b.modem?.gps?.fix ?? "none";
  const rssi = b.modem?.rssi ?? -999;
  const apn = b.modem?.apn ?? "(default apn)";
  const firstTag = b.tags?.at(0) ?? "-";
  const tagCount = b.tags?.length ?? -1;
  const imeiLen = b.modem?.imei.length;
  return `${b.name}: lat=${lat} fix=${fix} rssi=${rssi} apn=${JSON.stringify(apn)} tag=${firstTag} tags=${tagCount} imei=${imeiLen}`;
}

for (const b of boards) console.log(describe(b));
const n: number | null = null;
const u: string | undefined = undefined;
const zero: number | null = 0;
const empty: string | undefined = "";
const no: boolean | null = false;
console.log(n ?? 1, u ?? "dflt", zero ?? 1, JSON.stringify(empty ?? "x"), no ?? true);
console.log(n ?? u ?? "both missing", n ?? zero ?? 7);
const cache = new Map<string, Gps>([["home", { lat: 1, lon: 2 }]]);
console.log(
  cache.get("home")?.lat,
  cache.get("away")?.lat,
  cache.get("away")?.fix?.length,
  cache.get("home")?.fix ?? "no fix",
);
let calls = 0;
const side = (): number => {
  calls++;
  return 5;
};
const lookup = (k: string): Gps | undefined => cache.get(k);
const maybe = lookup("nowhere");
const val = maybe?.lat ?? side();
const val2 = (boards[0]?.modem?.gps?.lat ?? side()) + 1;
console.log(val, val2, calls);
const lists: (number[] | undefined)[] = [[1, 2], undefined, []];
console.log(
  lists.map((l) => l?.length ?? "none"),
  lists.map((l) => l?.at(1) ?? 0),
);
const m: Modem = { imei: "x", gps: { lat: 0, lon: 0 } };
if (m.gps !== undefined) m.gps.fix = "2d";
console.log(m.gps?.fix, m.rssi === undefined, m.apn?.toUpperCase() ?? "UNSET");

class Sensor {
  reads = 0;
  constructor(readonly id: string) {}
  read(scale: number): number {
    this.reads++;
    return this.reads * scale;
  }
  get label(): string {
    return `${this.id}#${this.reads}`;
  }
}
const slots: (Sensor | undefined)[] = [new Sensor("s0"), undefined, new Sensor("s2")];
let argEvals = 0;
const arg = (): number => {
  argEvals++;
  return 10;
};
console.log(
  slots.map((s) => s?.read(arg()) ?? -1),
  argEvals,
  slots.map((s) => s?.label ?? "empty"),
);
console.log(
  slots[1]?.read(arg()),
  argEvals,
  slots[0]?.label.toUpperCase(),
  slots[1]?.label.length,
  slots.at(5)?.id,
);

interface Hooks {
  onEvent?: (e: string) => void;
  transform?: (x: number) => number;
}
const hookSets: Hooks[] = [{}, { onEvent: (e) => console.log("event", e), transform: (x) => x * 3 }];
let hookArgs = 0;
for (const h of hookSets) {
  h.onEvent?.(`#${++hookArgs}`);
  console.log(h.transform?.(++hookArgs) ?? "no transform", hookArgs);
}
const maybeFn: ((x: number) => number) | undefined = hookSets[1]?.transform;
const missingFn: ((x: number) => number) | undefined = hookSets[0]?.transform;
slots[0]?.read(0);
console.log(maybeFn?.(7), missingFn?.(7), slots[0]?.reads, slots[1]?.read(1));
