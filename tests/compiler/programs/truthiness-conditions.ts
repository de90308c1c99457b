// @qemu
// Truthiness in conditions: numbers (0, -0, NaN), strings (""), null, undefined, objects, arrays, as
// JavaScript tests them in if, while, do...while, for, ?: and !.
interface Reading {
  sensor: string;
  value: number | null;
  note?: string;
}

function describe(label: string, v: number | string | boolean | null | undefined): string {
  let out = label + ":";
  if (v) out += " truthy";
  else out += " falsy";
  out += !v ? " !v" : " !!v";
  return out;
}

function numbers(): void {
  const samples = [0, -0, NaN, 1, -1, 0.5, Infinity, -Infinity, 1e-300];
  for (const n of samples) console.log(describe(String(n), n), n ? 1 : 0, !n, !!n);
}

function strings(): void {
  const texts = ["", " ", "0", "false", "a"];
  for (const s of texts) console.log(describe(JSON.stringify(s), s), s ? "yes" : "no", !s);
  let path = "a/b/c";
  let parts = 0;
  while (path) {
    const slash = path.indexOf("/");
    path = slash < 0 ? "" : path.slice(slash + 1);
    parts++;
  }
  console.log("parts", parts);
}

function nullables(): void {
  const readings: Reading[] = [
    { sensor: "t1", value: 21.5, note: "ok" },
    { sensor: "t2", value: null },
    { sensor: "t3", value: 0, note: "" },
  ];
  for (const r of readings) {
    if (!r.value) console.log(r.sensor, "no value");
    else console.log(r.sensor, "value", r.value);
    if (r.note) console.log(r.sensor, "note", r.note);
    else if (r.note === "") console.log(r.sensor, "empty note");
    else console.log(r.sensor, "no note");
  }
  let maybe: number[] | undefined = undefined;
  console.log(maybe ? "list" : "none", describe("null", null), describe("undefined", undefined));
  maybe = [];
  console.log(maybe ? "empty list is truthy" : "none");
}

function loops(): void {
  let count = 5;
  let total = 0;
  while (count) total += count--;
  console.log("total", total, count);
  let bits = 0b101101;
  let ones = 0;
  do {
    if (bits & 1) ones++;
    bits >>>= 1;
  } while (bits);
  console.log("ones", ones);
  const queue: string[] = ["x", "", "y"];
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    console.log(item ? `item ${item}` : "blank item");
  }
  let countdown = 3;
  for (; countdown; countdown--) console.log("tick", countdown);
  const nan = 0 / 0;
  console.log(nan ? "nan truthy" : "nan falsy", -0 ? "negzero truthy" : "negzero falsy");
}

numbers();
strings();
nullables();
loops();
