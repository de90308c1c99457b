// Json (ES5 for Duktape and MuJS): parses a 700-character JSON document into a tree 20 times and weighs it.
var ITERATIONS = 1; // bench: iterations
var log =
  typeof print === "function"
    ? print
    : function (line) {
        console.log(line);
      };

var TEXT =
  '{"name": "regen", "version": 3, "boards": [{"id": "mps2-an385", "cpu": "cortex-m3", "flash": 4194304, ' +
  '"ram": 4194304, "mpu": true}, {"id": "microbit", "cpu": "cortex-m0", "flash": 262144, "ram": 16384, ' +
  '"mpu": false}, {"id": "native", "cpu": "host", "flash": 0, "ram": 0, "mpu": false}],\n "apps": [{"name": ' +
  '"blink", "stack": 2048, "heap": 0, "restart": {"max": 5, "window": 10000, "backoff": [100, 200, 400, 800, ' +
  '1600]}}, {"name": "counter", "stack": 4096, "heap": 8192, "restart": {"max": 3, "window": 60000, ' +
  '"backoff": [1000, 2000]}}, {"name": "sensor", "stack": 4096, "heap": 16384, "restart": null, "tags": ' +
  '["i2c", "adc", "low-power"]}],\n "limits": {"apps": 16, "state": 65536, "frame": -241}, "empty": {}, ' +
  '"none": []}';

// The tree: every value weighs itself, so a wrong parse changes the total.
function JsonNull() {}
JsonNull.prototype.weigh = function () {
  return 1;
};

function JsonBool(value) {
  this.value = value;
}
JsonBool.prototype.weigh = function () {
  return this.value ? 2 : 1;
};

function JsonNumber(value) {
  this.value = value;
}
JsonNumber.prototype.weigh = function () {
  return this.value < 0 ? 1 - this.value : 1 + this.value;
};

function JsonString(value) {
  this.value = value;
}
JsonString.prototype.weigh = function () {
  return 1 + this.value.length;
};

function JsonArray() {
  this.items = [];
}
JsonArray.prototype.weigh = function () {
  var total = 1;
  for (var i = 0; i < this.items.length; i++) total += this.items[i].weigh();
  return total;
};

function JsonObject() {
  this.keys = [];
  this.values = [];
}
JsonObject.prototype.weigh = function () {
  var total = 1;
  for (var i = 0; i < this.keys.length; i++) total += this.keys[i].length + this.values[i].weigh();
  return total;
};

function Parser(text) {
  this.text = text;
  this.pos = 0;
}

Parser.prototype.fail = function (what) {
  throw new Error("JSON: " + what + " at " + this.pos);
};

Parser.prototype.skipSpace = function () {
  for (;;) {
    var c = this.text.charCodeAt(this.pos);
    if (c !== 32 && c !== 10) return;
    this.pos++;
  }
};

Parser.prototype.expect = function (code) {
  this.skipSpace();
  if (this.text.charCodeAt(this.pos) !== code) this.fail("expected " + String.fromCharCode(code));
  this.pos++;
};

Parser.prototype.word = function (word) {
  for (var i = 0; i < word.length; i++) {
    if (this.text.charCodeAt(this.pos + i) !== word.charCodeAt(i)) this.fail("expected " + word);
  }
  this.pos += word.length;
};

Parser.prototype.string = function () {
  this.expect(34);
  var start = this.pos;
  for (;;) {
    var c = this.text.charCodeAt(this.pos);
    if (c === 34) break;
    if (c === 92 || this.pos >= this.text.length) this.fail("unsupported string");
    this.pos++;
  }
  var value = this.text.substring(start, this.pos);
  this.pos++;
  return value;
};

Parser.prototype.number = function () {
  var negative = this.text.charCodeAt(this.pos) === 45;
  if (negative) this.pos++;
  var value = 0;
  var digits = 0;
  for (;;) {
    var c = this.text.charCodeAt(this.pos);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    digits++;
    this.pos++;
  }
  if (digits === 0) this.fail("expected a value");
  return new JsonNumber(negative ? -value : value);
};

Parser.prototype.value = function () {
  this.skipSpace();
  var c = this.text.charCodeAt(this.pos);
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
};

Parser.prototype.array = function () {
  this.expect(91);
  var array = new JsonArray();
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
};

Parser.prototype.object = function () {
  this.expect(123);
  var object = new JsonObject();
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
};

function run() {
  var weight = 0;
  for (var i = 0; i < 20; i++) {
    var parser = new Parser(TEXT);
    weight = parser.value().weigh();
    if (parser.pos !== TEXT.length) parser.fail("trailing text");
  }
  return weight;
}

function main() {
  var result = 0;
  for (var i = 0; i < ITERATIONS; i++) {
    result = run();
    if (result !== 8844196) {
      log("FAIL Json: " + result);
      throw new Error("FAIL");
    }
  }
  log("Json: " + result);
}

main();
