// text.ts: number <-> string conversions and String methods, printed for comparison with Node.
//
// Runs unchanged under Node and compiled (tests/runtime/strings-e2e.test.ts), on the native board and on
// mps2-an385, where doubles are soft-float: toString(radix) is computed in double arithmetic, so this is
// where a difference between the boards would show.

let x = 0.000123;
let lines = 0;
let i = 0;

/** 30 steps of the sweep per callback: each callback has its own time budget on the board. */
function sweep(): void {
  const end = i + 30;
  for (; i < end; i++) {
    step(i);
  }
  if (i < 120) {
    setTimeout(sweep, 1);
  } else {
    setTimeout(texts, 1);
  }
}

function step(n: number): void {
  x = x * 1.77 + n / 7;
  const neg = -x / 3;
  const digits = n % 21;
  let line = `${x} ${x.toFixed(digits)} ${neg.toPrecision(1 + (n % 30))} ${x.toExponential(n % 12)}`;
  line += ` ${x.toString(2 + (n % 35))} ${neg.toString(36)} ${(n / 9).toString(2 + ((n * 7) % 35))}`;
  const back = parseFloat(x.toPrecision(17));
  line += ` ${back === x} ${parseInt(x.toString(16), 16)} ${parseFloat(`  ${neg}e-3xyz`)}`;
  console.log(line);
  lines++;
}

function texts(): void {
  const list =
    "0x1F| 12.5e3 |-0|1e400|.5|5.|0b101|0o17||  |12px|Infinity|-Infinity|0.1e-400|9007199254740993";
  let from = 0;
  while (from <= list.length) {
    let to = list.indexOf("|", from);
    if (to < 0) to = list.length;
    const t = list.slice(from, to);
    console.log(
      `${t}: ${parseFloat(t)} ${parseInt(t)} ${parseInt(t, 36)} ${Number.isInteger(parseFloat(t))}`,
    );
    console.log(Number(t), String(Number(t)).padStart(12, "."), String(t.length > 3), Number(t.length > 3));
    from = to + 1;
  }
  console.log(
    lines,
    (123.456).toFixed(10),
    (0.5).toFixed(0),
    (1.5).toFixed(0),
    (2.5).toFixed(0),
    (1e21).toFixed(3),
  );
  console.log((255).toString(2), (-255).toString(16), (0.1).toString(2), (Math.PI * 1e10).toString(7));
  setTimeout(methods, 1);
}

function methods(): void {
  const words = "Hello|wörld|ΣΟΦΙΑ|Москва|😀 smile|straße|İstanbul| \t padded \u2028|\ud800x";
  let all = "";
  let from = 0;
  while (from <= words.length) {
    let to = words.indexOf("|", from);
    if (to < 0) to = words.length;
    const w = words.substring(from, to);
    from = to + 1;
    all += w + ",";
    console.log(
      w.length,
      w.toUpperCase(),
      w.toLowerCase(),
      w.trim(),
      w.padStart(12, "-"),
      w.padEnd(10, "ab"),
    );
    console.log(
      w.charAt(1),
      w.charCodeAt(1),
      `${w.codePointAt(0)}`,
      `${w.at(-1)}`,
      w.slice(1, -1),
      w.substring(3, 1),
    );
    console.log(w.indexOf("o"), w.lastIndexOf("s"), w.includes("ß"), w.startsWith("He"), w.endsWith("a"));
    console.log(w.repeat(2), w.replace("l", "[$&]"), w.replaceAll("s", "$$"), w.concat("!"), w.substr(-3, 2));
    let points = "";
    for (const ch of w) points += `<${ch}>`;
    console.log(points);
  }
  let codes = "";
  for (let i = 0; i < all.length; i += 7) codes += String.fromCharCode(all.charCodeAt(i) + 1);
  console.log(
    codes,
    codes < all,
    codes === all,
    "abc" < "abd",
    String.fromCharCode(0xd83d, 0xde00),
    all.length,
  );
  // Long lines go out in 128-byte pieces: characters on a piece boundary must arrive whole.
  console.log("a".repeat(127) + "ö" + "b".repeat(125) + "😀" + all + all.toUpperCase());
}

setTimeout(sweep, 1);
