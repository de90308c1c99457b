// Text statistics for a device's log messages: tokenising on non-letters, case folding, word
// frequencies in a Map, top-N by count then alphabetically, bigrams, average word length, longest words,
// a vowel histogram via charCodeAt, and a word-wrapped paragraph at a fixed width.
const text = `Sensor node 7 rebooted after the watchdog fired. The watchdog fired because the radio
task blocked; the radio task blocked while the flash was busy. After the reboot the node resumed
sampling, and the radio reconnected to the gateway within 3 seconds. Node 7 is stable again.`;

function words(s: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (const ch of s.toLowerCase()) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) cur += ch;
    else if (cur !== "") {
      out.push(cur);
      cur = "";
    }
  }
  if (cur !== "") out.push(cur);
  return out;
}

function top(freq: Map<string, number>, n: number): string[] {
  return Array.from(freq.entries())
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, n)
    .map(([w, c]) => `${w}:${c}`);
}

function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const w of s.split(" ").filter((x) => x !== "")) {
    if (line.length + w.length + (line === "" ? 0 : 1) > width) {
      lines.push(line);
      line = w;
    } else line = line === "" ? w : `${line} ${w}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

const ws = words(text);
const freq = new Map<string, number>();
for (const w of ws) freq.set(w, (freq.get(w) ?? 0) + 1);
console.log(ws.length, "words,", freq.size, "distinct");
console.log(top(freq, 8));
const bigrams = new Map<string, number>();
for (let i = 0; i + 1 < ws.length; i++) {
  const key = `${ws[i]} ${ws[i + 1]}`;
  bigrams.set(key, (bigrams.get(key) ?? 0) + 1);
}
console.log(top(bigrams, 4));
const avg = ws.reduce((s, w) => s + w.length, 0) / ws.length;
const longest = Array.from(freq.keys())
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .slice(0, 3);
console.log(avg.toFixed(3), longest);
const vowels = new Map<string, number>();
for (const v of "aeiou") vowels.set(v, 0);
for (let i = 0; i < text.length; i++) {
  const ch = text.charAt(i).toLowerCase();
  const n = vowels.get(ch);
  if (n !== undefined) vowels.set(ch, n + 1);
}
console.log(Array.from(vowels.entries()).map(([v, n]) => `${v}${"*".repeat(Math.round(n / 3))}${n}`));
const flat = text.split("\n").join(" ");
for (const l of wrap(flat, 36)) console.log(`|${l.padEnd(36)}|`);
console.log(wrap("", 10), wrap("supercalifragilistic word", 8));
