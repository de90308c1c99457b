// Text formatting for a serial report: a table with aligned columns (padStart/padEnd), numbers with
// toFixed/toPrecision/toExponential, thousands separators, truncation with an ellipsis and a bar chart.
interface Row {
  name: string;
  qty: number;
  price: number;
}

function thousands(n: number): string {
  const neg = n < 0;
  const [ip, fp] = Math.abs(n).toFixed(2).split(".");
  const digits = ip ?? "";
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ",";
    out += digits.charAt(i);
  }
  return (neg ? "-" : "") + out + "." + (fp ?? "00");
}

function truncate(s: string, width: number): string {
  return s.length <= width ? s.padEnd(width) : s.slice(0, width - 1) + "~";
}

function table(rows: Row[]): string[] {
  const header = `${"item".padEnd(12)}|${"qty".padStart(5)}|${"price".padStart(10)}|${"total".padStart(14)}`;
  const lines = [header, "-".repeat(header.length)];
  let sum = 0;
  for (const r of rows) {
    const total = r.qty * r.price;
    sum += total;
    lines.push(
      `${truncate(r.name, 12)}|${String(r.qty).padStart(5)}|${r.price.toFixed(2).padStart(10)}|${thousands(total).padStart(14)}`,
    );
  }
  lines.push("=".repeat(header.length));
  lines.push(`${"TOTAL".padEnd(12)}|${"".padStart(5)}|${"".padStart(10)}|${thousands(sum).padStart(14)}`);
  return lines;
}

const rows: Row[] = [
  { name: "resistor 10k", qty: 1500, price: 0.012 },
  { name: "microcontroller board", qty: 12, price: 23.5 },
  { name: "LiPo", qty: 3, price: 1234.999 },
  { name: "refund", qty: -1, price: 99.95 },
];
for (const l of table(rows)) console.log(l);

function bars(values: number[], width: number): void {
  const max = values.reduce((m, v) => Math.max(m, v), 0);
  values.forEach((v, i) => {
    const n = max === 0 ? 0 : Math.round((v / max) * width);
    console.log(`${String(i).padStart(2)} ${"#".repeat(n).padEnd(width, ".")} ${v.toPrecision(3)}`);
  });
}
bars([3, 14.2, 7.77, 0, 20, 0.5], 20);

const nums = [0, -0, 1, -1.5, 123.456, 0.000123, 1e21, 98765.4321, 5e-7, 2 ** 53];
for (const n of nums)
  console.log(
    String(n).padEnd(22),
    n.toFixed(3).padStart(26),
    n.toPrecision(4).padStart(10),
    n.toExponential(2).padStart(10),
  );
console.log(thousands(0), thousands(999), thousands(1000), thousands(-1234567.891), thousands(1e15));
console.log(
  "[" + "abc".padStart(6, "12345") + "]",
  "[" + "abc".padEnd(2) + "]",
  "[" + "".padStart(3, "") + "]",
);
