// The string methods issue 4 lists, with edge cases: length, indexing, charCodeAt, fromCharCode,
// indexOf (with positions), slice/substring with negative and swapped bounds, split (limits, empty
// separator, missing separator), trim variants, startsWith/endsWith with positions, case mapping, padStart.
function indexing(): void {
  const s = "Hello, wörld! 😀";
  console.log(s.length, s[0], s[7], s[99], s.charAt(4), JSON.stringify(s.charAt(99)));
  console.log(
    s.charCodeAt(0),
    s.charCodeAt(8),
    s.charCodeAt(14),
    s.charCodeAt(15),
    s.charCodeAt(-1),
    s.codePointAt(14),
  );
  console.log(
    String.fromCharCode(72, 105, 0x263a),
    String.fromCharCode(0xd83d, 0xde00),
    String.fromCharCode(65.9, 65601),
  );
  console.log(s.at(-1) === "\ude00", s.at(0), s.at(-3), s.at(100));
}

function searching(): void {
  const s = "abcabcabc";
  console.log(
    s.indexOf("c"),
    s.indexOf("c", 3),
    s.indexOf("c", -5),
    s.indexOf("c", 99),
    s.indexOf(""),
    s.indexOf("", 99),
  );
  console.log(
    s.lastIndexOf("abc"),
    s.lastIndexOf("abc", 5),
    s.lastIndexOf("x"),
    s.includes("cab"),
    s.includes("cab", 6),
  );
  console.log(
    s.startsWith("abc"),
    s.startsWith("bc", 1),
    s.startsWith("a", 10),
    s.endsWith("bc"),
    s.endsWith("a", 4),
    s.endsWith("", 0),
  );
}

function slicing(): void {
  const s = "microcontroller";
  console.log(s.slice(5), s.slice(-4), s.slice(2, -3), s.slice(-3, 2), s.slice(100), s.slice(NaN, 3));
  console.log(
    s.substring(5),
    s.substring(8, 3),
    s.substring(-4, 2),
    s.substring(3, NaN),
    s.substring(0, 100),
  );
  console.log(s.substr(5, 3), s.substr(-5, 2), s.substr(3), JSON.stringify(s.substr(3, -1)));
}

function splitting(): void {
  const csv = "id,name,,value,";
  console.log(csv.split(","), csv.split(",", 2), csv.split(",", 0), csv.split(), csv.split(";"));
  console.log("a1b2c3".split(""), "".split(","), "".split(""), "aXbXXc".split("XX"), "aaa".split("a"));
  console.log(
    "one  two   three".split(" ").filter((w) => w !== ""),
    "k=v=w".split("=", 5),
  );
}

function trimming(): void {
  const s = " \t\n padded \r\n\u00a0";
  console.log(
    JSON.stringify(s.trim()),
    JSON.stringify(s.trimStart()),
    JSON.stringify(s.trimEnd()),
    "   ".trim().length,
  );
  console.log("Straße Ωmega ǅ".toUpperCase(), "İSTANBUL ΟΔΟΣ".toLowerCase(), "MiXeD 123".toLowerCase());
  console.log(
    "7".padStart(3, "0"),
    "abc".padStart(8, "12"),
    "abc".padStart(2),
    "x".padEnd(4, "-") + "|",
    "5".padStart(0),
  );
  console.log(
    "ab".repeat(3),
    "-".repeat(0),
    "a".concat("b"),
    "x".concat(""),
    "😀".length,
    Array.from("😀a").length,
  );
}

indexing();
searching();
slicing();
splitting();
trimming();
