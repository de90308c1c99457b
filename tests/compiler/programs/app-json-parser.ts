// A small JSON parser (JSON.parse is not in the subset): a recursive-descent reader producing a tree of
// classes (numbers, strings with escapes and \u sequences, arrays, objects kept in insertion-ordered
// Maps, booleans, null), errors with positions, re-serialisation compared with JSON.stringify, and
// path queries such as "sensors.1.value".
abstract class JVal {
  abstract toJson(): string;
}
class JNum extends JVal {
  constructor(readonly v: number) {
    super();
  }
  toJson(): string {
    return JSON.stringify(this.v);
  }
}
class JStr extends JVal {
  constructor(readonly v: string) {
    super();
  }
  toJson(): string {
    return JSON.stringify(this.v);
  }
}
class JLit extends JVal {
  constructor(readonly text: string) {
    super();
  }
  toJson(): string {
    return this.text;
  }
}
class JArr extends JVal {
  constructor(readonly items: JVal[]) {
    super();
  }
  toJson(): string {
    return `[${this.items.map((i) => i.toJson()).join(",")}]`;
  }
}
class JObj extends JVal {
  constructor(readonly fields: Map<string, JVal>) {
    super();
  }
  toJson(): string {
    const parts: string[] = [];
    this.fields.forEach((v, k) => parts.push(`${JSON.stringify(k)}:${v.toJson()}`));
    return `{${parts.join(",")}}`;
  }
}

class JsonError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(`${message} at ${at}`);
    this.name = "JsonError";
  }
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}
  parse(): JVal {
    const v = this.value();
    this.ws();
    if (this.i < this.s.length) throw new JsonError("trailing text", this.i);
    return v;
  }
  private ws(): void {
    while (this.i < this.s.length && " \t\n\r".includes(this.s.charAt(this.i))) this.i++;
  }
  private value(): JVal {
    this.ws();
    const c = this.s.charAt(this.i);
    if (c === "{") return this.object();
    if (c === "[") return this.array();
    if (c === '"') return new JStr(this.string());
    for (const lit of ["true", "false", "null"])
      if (this.s.startsWith(lit, this.i)) {
        this.i += lit.length;
        return new JLit(lit);
      }
    return this.number();
  }
  private number(): JNum {
    const start = this.i;
    while (this.i < this.s.length && "+-0123456789.eE".includes(this.s.charAt(this.i))) this.i++;
    const text = this.s.slice(start, this.i);
    const v = Number(text);
    if (text === "" || Number.isNaN(v)) throw new JsonError(`bad value '${this.s.charAt(start)}'`, start);
    return new JNum(v);
  }
  private string(): string {
    let out = "";
    this.i++;
    for (;;) {
      if (this.i >= this.s.length) throw new JsonError("unterminated string", this.i);
      const c = this.s.charAt(this.i++);
      if (c === '"') return out;
      if (c !== "\\") {
        out += c;
        continue;
      }
      const e = this.s.charAt(this.i++);
      const simple = new Map<string, string>([
        ["n", "\n"],
        ["t", "\t"],
        ["r", "\r"],
        ["b", "\b"],
        ["f", "\f"],
        ["/", "/"],
        ["\\", "\\"],
        ['"', '"'],
      ]);
      const mapped = simple.get(e);
      if (mapped !== undefined) out += mapped;
      else if (e === "u") {
        const code = parseInt(this.s.slice(this.i, this.i + 4), 16);
        if (Number.isNaN(code)) throw new JsonError("bad \\u escape", this.i);
        out += String.fromCharCode(code);
        this.i += 4;
      } else throw new JsonError(`bad escape \\${e}`, this.i - 1);
    }
  }
  private array(): JArr {
    this.i++;
    const items: JVal[] = [];
    this.ws();
    if (this.s.charAt(this.i) === "]") {
      this.i++;
      return new JArr(items);
    }
    for (;;) {
      items.push(this.value());
      this.ws();
      const c = this.s.charAt(this.i++);
      if (c === "]") return new JArr(items);
      if (c !== ",") throw new JsonError("expected , or ]", this.i - 1);
    }
  }
  private object(): JObj {
    this.i++;
    const fields = new Map<string, JVal>();
    this.ws();
    if (this.s.charAt(this.i) === "}") {
      this.i++;
      return new JObj(fields);
    }
    for (;;) {
      this.ws();
      if (this.s.charAt(this.i) !== '"') throw new JsonError("expected a key", this.i);
      const k = this.string();
      this.ws();
      if (this.s.charAt(this.i++) !== ":") throw new JsonError("expected :", this.i - 1);
      fields.set(k, this.value());
      this.ws();
      const c = this.s.charAt(this.i++);
      if (c === "}") return new JObj(fields);
      if (c !== ",") throw new JsonError("expected , or }", this.i - 1);
    }
  }
}

function query(v: JVal, path: string): string {
  let cur: JVal | undefined = v;
  for (const part of path.split(".")) {
    if (cur instanceof JObj) cur = cur.fields.get(part);
    else if (cur instanceof JArr) cur = cur.items[Number(part)];
    else cur = undefined;
  }
  return cur === undefined ? "(missing)" : cur.toJson();
}

const doc = `{
  "device": "probe-7", "fw": [1, 4, 0], "ok": true, "err": null,
  "sensors": [ {"name": "temp", "value": 21.5, "unit": "\\u00b0C"},
               {"name": "hum", "value": 4.8e1, "tags": ["a\\"b", "tab\\there"]} ],
  "ratio": -0.125, "empty": {}, "none": []
}`;
const tree = new Reader(doc).parse();
console.log(tree.toJson());
const compact = JSON.stringify({
  device: "probe-7",
  fw: [1, 4, 0],
  ok: true,
  err: null,
  sensors: [
    { name: "temp", value: 21.5, unit: "°C" },
    { name: "hum", value: 48, tags: ['a"b', "tab\there"] },
  ],
  ratio: -0.125,
  empty: {},
  none: [],
});
console.log(tree.toJson() === compact);
for (const p of [
  "device",
  "fw.2",
  "sensors.0.unit",
  "sensors.1.tags.0",
  "sensors.5.name",
  "ratio",
  "none",
  "ok.x",
])
  console.log(p.padEnd(18), query(tree, p));
for (const bad of ['{"a" 1}', "[1, 2", '"abc', "[1,]", "tru", '{"x": "\\q"}', "{} x", '"\\uZZZZ"', "-"]) {
  try {
    console.log(new Reader(bad).parse().toJson());
  } catch (e) {
    console.log(
      JSON.stringify(bad).padEnd(16),
      e instanceof JsonError ? `${e.name}: ${e.message} (${e.at})` : "?",
    );
  }
}
