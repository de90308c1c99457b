// @qemu
// The regen module's string-valued results (startInfo().reason / .fault, saveState()) kept in objects,
// arrays, Maps and unions: they are the strings JavaScript sees wherever they are stored, and compare,
// switch and print as such when read back.
import { saveState, startInfo, type FaultClass, type SaveResult, type StartReason } from "regen";

interface Settings {
  level: number;
}
interface Boot {
  why: StartReason;
  fault: FaultClass;
  saves: SaveResult[];
}

function record(): Boot {
  const b: Boot = { why: startInfo().reason, fault: startInfo().fault, saves: [] };
  for (let i = 0; i < 3; i++) b.saves.push(saveState<Settings>({ level: i }));
  return b;
}

function summary(b: Boot): string {
  let ok = 0;
  for (const r of b.saves) {
    switch (r) {
      case "ok":
        ok++;
        break;
      default:
        console.log("save failed:", r);
    }
  }
  return `${b.why}/${b.fault}: ${ok} of ${b.saves.length} saved`;
}

function lastResult(b: Boot): SaveResult | null {
  let last: SaveResult | null = null;
  for (const r of b.saves) last = r;
  return last;
}

function lookups(b: Boot): void {
  const byName = new Map<string, StartReason>();
  byName.set("boot", b.why);
  const w = byName.get("boot");
  console.log(w, w === "first-boot", w === undefined ? -1 : w.length, byName);
  const why: StartReason = b.why;
  console.log(why === startInfo().reason, [why, b.fault].join(","), b.fault !== "panic");
  const mixed: (StartReason | number)[] = [b.why, 3, startInfo().reason];
  for (const m of mixed) console.log(typeof m, typeof m === "string" ? m.toUpperCase() : m * 2);
  const copy: Boot = { why: b.why, fault: b.fault, saves: b.saves.slice(1) };
  copy.saves.push(saveState<Settings>({ level: 9 }));
  console.log(copy.saves.length, b.saves.length, copy.why === b.why, copy.saves.includes("ok"));
}

const boot = record();
console.log(boot);
console.log(JSON.stringify(boot), `${boot.why}`);
console.log(summary(boot));
const last = lastResult(boot);
if (last !== null) console.log("last", last, last === "ok", last.length);
console.log(lastResult({ why: "power-up", fault: "none", saves: [] }));
lookups(boot);
