// @qemu
// Word frequency with Map, sorted by count then word, top-N report
const text = `It was the best of times it was the worst of times it was the age of wisdom
it was the age of foolishness it was the epoch of belief`;
const counts = new Map<string, number>();
for (const raw of text.split(/*no regexp*/ " ")) {
  for (const w of raw.split("\n")) {
    if (w === "") continue;
    const k = w.toLowerCase();
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
}
console.log("distinct", counts.size);
const words = Array.from(counts.keys()).sort((x, y) => {
  const nx = counts.get(x) ?? 0;
  const ny = counts.get(y) ?? 0;
  return ny !== nx ? ny - nx : x < y ? -1 : 1;
});
for (const w of words.slice(0, 6)) {
  const n = counts.get(w) ?? 0;
  console.log(w.padEnd(12), "*".repeat(n), n);
}
const byLength = new Map<number, string[]>();
for (const w of counts.keys()) {
  const list = byLength.get(w.length) ?? [];
  list.push(w);
  byLength.set(w.length, list);
}
const lengths = Array.from(byLength.keys()).sort((p, q) => p - q);
for (const l of lengths) console.log(l, (byLength.get(l) ?? []).sort().join(" "));
