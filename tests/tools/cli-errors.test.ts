// The real `regen` command on user mistakes: one clear screen, the right exit status, never a stack trace.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { regenSync, root, type CliResult } from "./cli-helpers.ts";

/** Asserts a failed run: status, a message matching `pattern` on stderr, and no stack trace. */
function assertUserError(result: CliResult, status: number, pattern: RegExp): void {
  assert.equal(result.status, status, `status; stderr:\n${result.stderr}`);
  assert.match(result.stderr, pattern);
  assert.match(result.stderr, /^(.|\n)*error: /);
  assert.doesNotMatch(result.stderr, /\n\s+at .*\.(ts|js|mjs):\d+/, "no stack trace");
  assert.ok(result.stderr.split("\n").length < 40, "fits on one screen");
}

describe("tools: regen CLI error paths", () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(path.join(tmpdir(), "regen-cli-"));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it("reports a missing app", () => {
    const result = regenSync(["run", "apps/does-not-exist", "--board", "native"]);
    assertUserError(result, 1, /app not found: apps\/does-not-exist/);
    assert.match(result.stderr, /hint: pass an app folder/);
  });

  it("reports a missing source file to compile", () => {
    assertUserError(
      regenSync(["compile", "nope.ts", "-o", path.join(folder, "x.c")]),
      1,
      /source file not found: nope\.ts/,
    );
  });

  it("reports an unsupported TypeScript construct with code, line and source", () => {
    const file = path.join(folder, "dynamic.ts");
    writeFileSync(file, "with (Math) {\n  console.log(PI);\n}\n");
    const out = path.join(folder, "dynamic.c");
    const result = regenSync(["compile", file, "-o", out]);
    assertUserError(result, 1, /dynamic\.ts:1:\d+: error RG\d{4}: /);
    assert.match(result.stderr, /1 \| with \(Math\) \{/);
    assert.match(result.stderr, /hint: /);
    assert.ok(!existsSync(out), "no C is written while an error exists");
  });

  it("reports a bad app.json with its file and field", () => {
    const app = path.join(folder, "bad-app");
    mkdirSync(app, { recursive: true });
    writeFileSync(path.join(app, "main.ts"), 'console.log("hi");\n');
    writeFileSync(path.join(app, "app.json"), JSON.stringify({ name: "bad", stackBytes: 12 }));
    const result = regenSync(["build", app, "--board", "native", "--out", path.join(folder, "out")]);
    assertUserError(result, 1, /app\.json: stackBytes: /);
    assert.match(result.stderr, /hint: /);
  });

  it("reports an app.json that is not JSON", () => {
    const app = path.join(folder, "broken-json");
    mkdirSync(app, { recursive: true });
    writeFileSync(path.join(app, "main.ts"), 'console.log("hi");\n');
    writeFileSync(path.join(app, "app.json"), '{ "name": "x", }');
    assertUserError(
      regenSync(["build", app, "--board", "native", "--out", path.join(folder, "out")]),
      1,
      /app\.json/,
    );
  });

  it("reports an unknown board id and lists the known ones", () => {
    const file = path.join(folder, "ok.ts");
    writeFileSync(file, 'console.log("hi");\n');
    const result = regenSync(["run", file, "--board", "pdp-11"]);
    assertUserError(result, 1, /no board "pdp-11"/);
    assert.match(result.stderr, /hint: .*native/);
  });

  it("says which Debian package to install when QEMU is missing", function () {
    if (!existsSync(path.join(root, "boards", "mps2-an385", "board.json"))) this.skip();
    const file = path.join(folder, "ok.ts");
    writeFileSync(file, 'console.log("hi");\n');
    const emptyBin = path.join(folder, "empty-bin");
    mkdirSync(emptyBin, { recursive: true });
    const result = regenSync(["run", file, "--board", "mps2-an385"], { PATH: emptyBin });
    assertUserError(result, 2, /qemu-system-arm is not installed/);
    assert.match(result.stderr, /apt-get install -y qemu-system-arm/);
  });

  it("says which Debian packages to install when the Arm toolchain is missing", () => {
    const emptyBin = path.join(folder, "empty-bin");
    mkdirSync(emptyBin, { recursive: true });
    const result = regenSync(
      ["build", "tests/tools/fixtures/hello.ts", "--board", "mps2-an385", "--out", path.join(folder, "o")],
      { PATH: emptyBin },
    );
    assertUserError(result, 2, /arm-none-eabi-gcc is not installed/);
    assert.match(result.stderr, /apt-get install -y gcc-arm-none-eabi libnewlib-arm-none-eabi/);
  });

  it("refuses a microbit --flash-file that is not the size of the state partition", () => {
    const file = path.join(folder, "flash-app.ts");
    writeFileSync(file, 'console.log("hi");\n');
    const image = path.join(folder, "f.img");
    writeFileSync(image, Buffer.alloc(100));
    assertUserError(
      regenSync(["run", file, "--board", "microbit", "--flash-file", image]),
      1,
      /flash file .*f\.img is 100 bytes; the microbit board's state partition is 16384/,
    );
  });

  it("rejects a bad --for value", () => {
    const file = path.join(folder, "ok.ts");
    writeFileSync(file, 'console.log("hi");\n');
    assertUserError(
      regenSync(["run", file, "--for", "soon"]),
      1,
      /--for expects a positive number of seconds/,
    );
  });

  it("reports an unknown command through commander with status 1", () => {
    const result = regenSync(["frobnicate"]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /unknown command 'frobnicate'/);
  });

  it("lists boards", () => {
    const result = regenSync(["boards", "--json"]);
    assert.equal(result.status, 0, result.stderr);
    const ids = result.stdout
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { id: string }).id);
    assert.ok(ids.includes("native"), `boards: ${ids.join(", ")}`);
  });
});
