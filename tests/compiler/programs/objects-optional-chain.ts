// a?.b.c: once a link is nullish the whole optional chain is undefined.
interface Inner { c: number; label: string }
interface Mid { b: Inner; name: string }
function pick(a: Mid | null): number | undefined {
  return a?.b.c;
}
console.log(pick(null), pick({ name: "m", b: { c: 4, label: "x" } }));
const all: (Mid | null)[] = [null, { name: "n", b: { c: 7, label: "y" } }];
for (const m of all) console.log(m?.b.label ?? "none");
