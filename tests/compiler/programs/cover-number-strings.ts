// @qemu
// Number <-> string conversions at the edges: String(x) for -0, tiny and huge numbers and the 1e21
// boundary, toFixed rounding, toString(radix), parseInt/parseFloat prefixes, radixes and junk, Number()
// of padded, hex, binary and empty strings, and round trips.
function toText(): void {
  const xs = [
    0,
    -0,
    1 / 3,
    -2 / 3,
    1e21,
    1e20 + 1,
    123456789012345680000,
    1e-6,
    1e-7,
    5e-324,
    1.7976931348623157e308,
    0.1 + 0.2,
    2 ** 53 + 1,
    -1e-300,
  ];
  for (const x of xs) console.log(String(x), `${x}`, x.toString(), "" + x, x.toFixed(2), x.toPrecision(3));
  console.log(
    String(NaN),
    String(Infinity),
    String(-Infinity),
    (255).toString(16),
    (255).toString(2),
    (-255).toString(36),
  );
  console.log((0.5).toString(2), (0.1).toString(3).slice(0, 20), (1e21).toString(36), (3.75).toString(8));
  console.log(
    (1.005).toFixed(2),
    (1.45).toFixed(1),
    (-1.5).toFixed(0),
    (2.5).toFixed(0),
    (0.000001).toFixed(7),
    (1e21).toFixed(2),
  );
}

function fromText(): void {
  const ints = [
    "42",
    "  -17  ",
    "0x1F",
    "0X1f",
    "08",
    "1e3",
    "12px",
    "px12",
    "",
    "-0",
    "+5",
    "3.99",
    "0b101",
    "  \n7",
  ];
  console.log(ints.map((s) => parseInt(s)));
  console.log(
    parseInt("ff", 16),
    parseInt("FF", 16),
    parseInt("z", 36),
    parseInt("101", 2),
    parseInt("9", 8),
    parseInt("10", 37),
    parseInt("10", 1),
    parseInt("10", 0),
  );
  console.log(
    parseInt("123456789012345678901234567890"),
    parseInt("-0x10"),
    parseInt("0x"),
    parseInt("1010", 2.9),
  );
  const floats = [
    "3.14",
    "  -0.5e-3xyz",
    ".5",
    "5.",
    "-.",
    "Infinity",
    "-Infinity!",
    "infinity",
    "1e",
    "1e+",
    "0x10",
    "1_000",
    "١٢",
  ];
  console.log(floats.map((s) => parseFloat(s)));
  const nums = [
    "",
    "  ",
    " 12 ",
    "0x10",
    "0b11",
    "0o17",
    "1e3",
    "-Infinity",
    "12px",
    "1,5",
    ".",
    "+.5",
    "-0",
    "00012",
  ];
  console.log(nums.map((s) => Number(s)));
  console.log(Number(true), Number(false), Number(null), Number(undefined), Number("0x"), Number("1e1000"));
}

function roundTrips(): void {
  let ok = 0;
  let x = 1;
  for (let i = 0; i < 200; i++) {
    x = x * 1.37 + 0.1 / (i + 1);
    if (i % 3 === 0) x = -x / 7;
    if (Number(String(x)) === x && parseFloat(x.toString()) === x) ok++;
  }
  console.log("round trips", ok, x.toPrecision(8));
  console.log(
    Number.isInteger(5.0),
    Number.isInteger(5.5),
    Number.isSafeInteger(2 ** 53),
    Number.isSafeInteger(2 ** 53 - 1),
    isFinite(1 / 0),
    Number.isFinite(NaN),
  );
  console.log(
    Number.MAX_SAFE_INTEGER,
    Number.MIN_SAFE_INTEGER,
    Number.EPSILON,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
  );
}

toText();
fromText();
roundTrips();
