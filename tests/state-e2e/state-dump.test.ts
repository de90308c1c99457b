// `regen state dump` and `regen run --flash-file` through the real CLI, on images the C store wrote.
//
// The native board writes a partition (counter + hog); the dump must show each slot's seq, size and data; a
// simulated power cut inside the newest record (its words back to 0xFF) must show as torn with the previous
// state in force; a flipped bit elsewhere must show as damage, never as a tool error. Wrong flash files are
// one-screen errors. Then apps/counter itself, run by `regen run --board native --flash-file`: with
// `--app apps/counter` the dump compiles the app for its state layout and must decode `count` as the value the
// app last logged saving; a torn newest record shows the previous count, and a changed state type shows the
// record as saved by an incompatible version, in hex.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { appNameHash } from "../../tools/src/build/index.ts";
import { readPartition } from "../../tools/src/state/partition-reader.ts";
import { buildStateFirmware, repoRoot, runWithFlash } from "./support/firmware.ts";

const cli = path.join(repoRoot, "tools", "bin", "regen.js");

function regen(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8", timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("state dump of images the C store wrote", function () {
  this.timeout(120_000);
  let dir: string;
  let image: string;

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "regen-state-dump-"));
    image = path.join(dir, "native.img");
    writeFileSync(image, "");
    const build = await buildStateFirmware("native", "native-counter", [
      { name: "counter", stateBytes: 64 },
      { name: "hog", stateBytes: 16 },
    ]);
    const enough = (events: { type: string }[]): boolean =>
      events.filter((e) => e.type === "state-save").length >= 6;
    await runWithFlash(build, { flashFile: image, timeoutMs: 10_000, until: enough });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("decodes every slot: seq, size, name and schema hash, data", () => {
    const out = regen(["state", "dump", "--flash-file", image, "--board", "native", "--json"]);
    assert.equal(out.status, 0, out.stderr);
    const lines = out.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const partition = lines[0];
    assert.equal(partition?.["status"], "ok");
    assert.equal(partition?.["sectorSize"], 4096);
    const slots = lines.filter((line) => line["kind"] === "slot");
    const counter = slots.find((slot) => slot["slot"] === 0);
    assert.equal(counter?.["state"], "state");
    assert.equal(counter?.["bytes"], 64);
    assert.equal(counter?.["schemaHash"], "0xc0ffee01");
    assert.equal(counter?.["nameHash"], `0x${appNameHash("counter").toString(16).padStart(8, "0")}`);
    // The blob is count * (i + 1) for word i: word 1 is twice word 0.
    const data = Buffer.from(String(counter?.["data"]), "hex");
    assert.equal(data.readUInt32LE(4), data.readUInt32LE(0) * 2);
    // hog ended on purpose: its slot holds a release.
    assert.equal(slots.find((slot) => slot["slot"] === 1)?.["state"], "released");
  });

  it("shows a record cut by a power loss as torn, with the previous state in force", () => {
    const bytes = new Uint8Array(readFileSync(image));
    const before = readPartition(bytes);
    const newest = before.slots.find((slot) => slot.app === 0)?.record;
    assert.ok(newest !== undefined);
    const end = newest.offset + 24 + ((newest.length + 3) & ~3);
    // A cut in the data words: the header is there, data and commit never landed (still erased).
    bytes.fill(0xff, newest.offset + 20, end);
    const after = readPartition(bytes);
    assert.equal(after.status, "ok", after.problems.join("; "));
    assert.equal(after.torn, 1);
    assert.equal(after.slots.find((slot) => slot.app === 0)?.record.seq, newest.seq - 1);
  });

  it("shows damage as damage and never fails", () => {
    const bytes = readFileSync(image);
    bytes[20 + 20 + 2] = (bytes[20 + 20 + 2] ?? 0) ^ 0x01; // inside the first record's data, not the newest
    const broken = path.join(dir, "broken.img");
    writeFileSync(broken, bytes);
    const out = regen(["state", "dump", "--flash-file", broken, "--board", "native"]);
    assert.equal(out.status, 0, out.stderr);
    assert.match(out.stdout, /: damaged/);
    assert.match(out.stdout, /DAMAGE: record at 0x/);
  });

  it("gives one-screen errors for a missing or wrong-sized flash file", () => {
    const missing = regen(["state", "dump", "--flash-file", path.join(dir, "nope.img")]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /flash file not found/);
    assert.doesNotMatch(missing.stderr, /at .*\.ts:/);
    const small = path.join(dir, "small.img");
    writeFileSync(small, Buffer.alloc(1000));
    const wrong = regen(["run", path.join(repoRoot, "apps", "hello"), "--flash-file", small, "--for", "1"]);
    assert.equal(wrong.status, 1);
    assert.match(wrong.stderr, /is 1000 bytes; the mps2-an385 board needs exactly 16777216/);
  });
});

type Line = Record<string, unknown>;

const ndjson = (text: string): Line[] =>
  text
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as Line);

/** The slot of `app` in a `state dump --json` output, and its fields by path. */
function slotOf(lines: Line[], app: string): { slot: Line; fields: Map<string, unknown> } {
  const slot = lines.find((line) => line["kind"] === "slot" && line["app"] === app);
  assert.ok(slot !== undefined, `no slot for ${app}: ${JSON.stringify(lines)}`);
  const fields = (slot["fields"] ?? []) as { path: string; value: unknown }[];
  return { slot, fields: new Map(fields.map((field) => [field.path, field.value])) };
}

describe("state dump of apps/counter's fields", function () {
  this.timeout(120_000);
  let dir: string;
  let image: string;
  let lastSaved: number;
  const counterApp = path.join(repoRoot, "apps", "counter");

  before(() => {
    dir = mkdtempSync(path.join(tmpdir(), "regen-state-fields-"));
    image = path.join(dir, "counter.img");
    const run = spawnSync(
      process.execPath,
      [cli, "run", "apps/counter", "--board", "native", "--for", "1", "--flash-file", image, "--json"],
      { cwd: repoRoot, encoding: "utf8", timeout: 90_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    const saves = ndjson(run.stdout)
      .filter((line) => line["kind"] === "log")
      .map((line) => /^saved (\d+)$/.exec(String(line["text"])))
      .filter((match) => match !== null);
    assert.ok(saves.length >= 3, `too few saves in one second: ${run.stdout}`);
    lastSaved = Number(saves.at(-1)?.[1]);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it("decodes count as the last value the app logged saving, in JSON and for people", () => {
    const json = regen([
      "state",
      "dump",
      "--flash-file",
      image,
      "--board",
      "native",
      "--app",
      counterApp,
      "--json",
    ]);
    assert.equal(json.status, 0, json.stderr);
    const { slot, fields } = slotOf(ndjson(json.stdout), "counter");
    assert.equal(slot["schema"], "current");
    assert.equal(slot["appSchemaHash"], slot["schemaHash"]);
    assert.equal(fields.get("count"), lastSaved);
    assert.equal(fields.get("boots"), 1);
    const text = regen(["state", "dump", "--flash-file", image, "--board", "native", "--app", counterApp]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, new RegExp(`^ {4}count = ${lastSaved}$`, "m"));
    assert.match(text.stdout, /^ {4}boots = 1$/m);
    assert.match(text.stdout, /\(the app's current schema\)/);
  });

  it("shows a torn newest record as torn and decodes the state still in force", () => {
    const bytes = new Uint8Array(readFileSync(image));
    const newest = readPartition(bytes).slots.find((slot) => slot.app === 0)?.record;
    assert.ok(newest !== undefined);
    // A power cut inside the data words: the header landed, data and commit are still erased.
    bytes.fill(0xff, newest.offset + 20, newest.offset + 24 + ((newest.length + 3) & ~3));
    const torn = path.join(dir, "torn.img");
    writeFileSync(torn, bytes);
    const out = regen([
      "state",
      "dump",
      "--flash-file",
      torn,
      "--board",
      "native",
      "--app",
      counterApp,
      "--json",
    ]);
    assert.equal(out.status, 0, out.stderr);
    const lines = ndjson(out.stdout);
    assert.equal(lines[0]?.["torn"], 1);
    assert.ok(lines.some((line) => line["kind"] === "record" && line["status"] === "torn"));
    const { slot, fields } = slotOf(lines, "counter");
    assert.equal(slot["seq"], newest.seq - 1);
    assert.equal(fields.get("count"), lastSaved - 1);
  });

  it("shows a record saved by an incompatible state type as hex, not decoded", () => {
    // The same app (same name, so the same slot) with one more state field: a new schema hash.
    const changed = path.join(dir, "counter-v2");
    mkdirSync(changed);
    writeFileSync(path.join(changed, "app.json"), readFileSync(path.join(counterApp, "app.json")));
    const source = readFileSync(path.join(counterApp, "main.ts"), "utf8")
      .replace("  boots: number;\n", "  boots: number;\n  extra: boolean;\n")
      .replace("{ count: 0, boots: 0 }", "{ count: 0, boots: 0, extra: false }");
    assert.match(source, /extra: false/);
    writeFileSync(path.join(changed, "main.ts"), source);
    const json = regen([
      "state",
      "dump",
      "--flash-file",
      image,
      "--board",
      "native",
      "--app",
      changed,
      "--json",
    ]);
    assert.equal(json.status, 0, json.stderr);
    const { slot } = slotOf(ndjson(json.stdout), "counter");
    assert.equal(slot["schema"], "incompatible");
    assert.notEqual(slot["appSchemaHash"], slot["schemaHash"]);
    assert.equal(slot["fields"], null);
    assert.equal(Buffer.from(String(slot["data"]), "hex").readDoubleLE(0), lastSaved);
    const text = regen(["state", "dump", "--flash-file", image, "--board", "native", "--app", changed]);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /saved by an incompatible version/);
    assert.match(text.stdout, /^ {4}[0-9a-f]{32}$/m);
    assert.doesNotMatch(text.stdout, /count =/);
  });
});
