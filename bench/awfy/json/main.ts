// Json: parses a 700-character JSON document into a tree of value classes 20 times and weighs the tree.
import { exit } from "regen";

const ITERATIONS = 1; // bench: iterations

const TEXT =
  '{"name": "regen", "version": 3, "boards": [{"id": "mps2-an385", "cpu": "cortex-m3", "flash": 4194304, ' +
  '"ram": 4194304, "mpu": true}, {"id": "microbit", "cpu": "cortex-m0", "flash": 262144, "ram": 16384, ' +
  '"mpu": false}, {"id": "native", "cpu": "host", "flash": 0, "ram": 0, "mpu": false}],\n "apps": [{"name": ' +
  '"blink", "stack": 2048, "heap": 0, "restart": {"max": 5, "window": 10000, "backoff": [100, 200, 400, 800, ' +
  '1600]}}, {"name": "counter", "stack": 4096, "heap": 8192, "restart": {"max": 3, "window": 60000, ' +
  '"backoff": [1000, 2000]}}, {"name": "sensor", "stack": 4096, "heap": 16384, "restart": null, "tags": ' +
  '["i2c", "adc", "low-power"]}],\n "limits": {"apps": 16, "state": 65536, "frame": -241}, "empty": {}, ' +
  '"none": []}';

/** A parsed value; every value weighs itself, so a wrong parse changes the total. */
abstract class JsonValue {
  abstract weigh(): number;
}

class JsonNull extends JsonValue {
  weigh(): number {
    return 1;
  }
}

class JsonBool extends JsonValue {
  constructor(readonly value: boolean) {
    super();
  }
  weigh(): number {
    return this.value ? 2 : 1;
  }
}

class JsonNumber extends JsonValue {
  constructor(readonly value: number) {
    super();
  }
  weigh(): number {
    return this.value < 0 ? 1 - this.value : 1 + this.value;
  }
}

class JsonString extends JsonValue {
  constructor(readonly value: string) {
    super();
  }
  weigh(): number {
    return 1 + this.value.length;
  }
}

class JsonArray extends JsonValue {
  readonly items: JsonValue[] = [];
  weigh(): number {
    let total = 1;
    for (const item of this.items) total += item.weigh();
    return total;
  }
}

class JsonObject extends JsonValue {
  readonly keys: string[] = [];
  readonly values: JsonValue[] = [];
  weigh(): number {
    let total = 1;
    for (let i = 0; i < this.keys.length; i++) {
      const value = this.values[i];
      total += (this.keys[i]?.length ?? 0) + (value === undefined ? 0 : value.weigh());
    }
    return total;
  }
}

class Parser {
  pos = 0;

  constructor(private readonly text: string) {}

  fail(what: string): never {
    throw new Error(`JSON: ${what} at ${this.pos}`);
  }

  private skipSpace(): void {
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c !== 32 && c !== 10) return;
      this.pos++;
    }
  }

  private expect(code: number): void {
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) !== code) this.fail(`expected ${String.fromCharCode(code)}`);
    this.pos++;
  }

  private word(word: string): void {
    for (let i = 0; i < word.length; i++) {
      if (this.text.charCodeAt(this.pos + i) !== word.charCodeAt(i)) this.fail(`expected ${word}`);
    }
    this.pos += word.length;
  }

  private string(): string {
    this.expect(34);
    const start = this.pos;
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c === 34) break;
      if (c === 92 || this.pos >= this.text.length) this.fail("unsupported string");
      this.pos++;
    }
    const value = this.text.substring(start, this.pos);
    this.pos++;
    return value;
  }

  private number(): JsonValue {
    const negative = this.text.charCodeAt(this.pos) === 45;
    if (negative) this.pos++;
    let value = 0;
    let digits = 0;
    for (;;) {
      const c = this.text.charCodeAt(this.pos);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
      digits++;
      this.pos++;
    }
    if (digits === 0) this.fail("expected a value");
    return new JsonNumber(negative ? -value : value);
  }

  value(): JsonValue {
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === 123) return this.object();
    if (c === 91) return this.array();
    if (c === 34) return new JsonString(this.string());
    if (c === 116) {
      this.word("true");
      return new JsonBool(true);
    }
    if (c === 102) {
      this.word("false");
      return new JsonBool(false);
    }
    if (c === 110) {
      this.word("null");
      return new JsonNull();
    }
    return this.number();
  }

  private array(): JsonArray {
    this.expect(91);
    const array = new JsonArray();
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return array;
    }
    for (;;) {
      array.items.push(this.value());
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) === 93) {
        this.pos++;
        return array;
      }
      this.expect(44);
    }
  }

  private object(): JsonObject {
    this.expect(123);
    const object = new JsonObject();
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return object;
    }
    for (;;) {
      object.keys.push(this.string());
      this.expect(58);
      object.values.push(this.value());
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) === 125) {
        this.pos++;
        return object;
      }
      this.expect(44);
    }
  }
}

function run(): number {
  let weight = 0;
  for (let i = 0; i < 20; i++) {
    const parser = new Parser(TEXT);
    weight = parser.value().weigh();
    if (parser.pos !== TEXT.length) parser.fail("trailing text");
  }
  return weight;
}

let result = 0;
for (let i = 0; i < ITERATIONS; i++) {
  result = run();
  if (result !== 8844196) {
    console.log(`FAIL Json: ${result}`);
    exit(1);
  }
}
console.log(`Json: ${result}`);
