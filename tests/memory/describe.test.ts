// The text of an uncaught exception's fault, against what Node prints: `name: message` for errors (or the
// one that is not empty), a thrown primitive as its text, UTF-16 written as UTF-8 with lone surrogates as
// U+FFFD, cut to a whole-character prefix of at most 120 bytes (what the kernel keeps). Runs
// rg_error_describe (runtime-c/rt/rt_throw.c) in a host program under ASan and UBSan on random strings.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";

import { repoRoot } from "../kernel/support/firmware-runner.ts";
import { Random } from "./support/promise-programs.ts";

const CASES = 400;

/** UTF-16 units the random strings are made of: ASCII, 2- and 3-byte characters, a surrogate pair, lone halves. */
const PIECES = ["a", "Z", " ", ":", "é", "€", "😀", "\ud800", "\udc00", "x"];

function hex(text: string): string {
  if (text === "") return "-";
  return Array.from({ length: text.length }, (_, k) => text.charCodeAt(k).toString(16).padStart(4, "0")).join(
    "",
  );
}

/** Node's text, cut to the longest whole-character prefix of at most 120 UTF-8 bytes. */
function expected(text: string): string {
  let out = "";
  let bytes = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch, "utf8");
    if (bytes + size > 120) break;
    bytes += size;
    out += ch;
  }
  return Buffer.from(out, "utf8").toString("utf8");
}

describe("uncaught exception text: C runtime against Node", function () {
  this.timeout(120_000);

  it(`describes ${CASES} random errors and thrown values as Node prints them`, () => {
    const dir = path.join(repoRoot, "build", "test-memory");
    mkdirSync(dir, { recursive: true });
    const exe = path.join(dir, "describe-test");
    const cc = spawnSync(
      "gcc",
      [
        ...["-std=c11", "-Wall", "-Wextra", "-Werror", "-Wpedantic", "-Wshadow", "-Wmissing-prototypes"],
        ...["-Wstrict-prototypes", "-g", "-O1", "-fsanitize=address,undefined", "-fno-sanitize-recover=all"],
        "-Iruntime-c/include",
        ...["tests/memory/c/describe-test.c", "runtime-c/rt/rt_alloc.c", "runtime-c/rt/rt_throw.c"],
        ...["runtime-c/rt/rt_number.c", "runtime-c/heap/rg_heap.c", "-lm", "-o", exe],
      ],
      { cwd: repoRoot, encoding: "utf8" },
    );
    assert.equal(cc.status, 0, cc.stderr);

    const random = new Random(7);
    const text = (max: number): string =>
      Array.from({ length: random.below(max) }, () => random.pick(PIECES)).join("");
    const lines: string[] = [];
    const wanted: string[] = [];
    for (let k = 0; k < CASES; k++) {
      const name = random.below(6) === 0 ? "" : random.below(2) === 0 ? "Error" : text(12);
      const message = text(k % 3 === 0 ? 90 : 20);
      lines.push(`error ${hex(name)} ${hex(message)}`);
      // What V8's Error.prototype.toString gives, which Node prints for an uncaught error.
      wanted.push(expected(name === "" ? message : message === "" ? name : `${name}: ${message}`));
    }
    for (const s of ["", "boom", "😀\ud800", "a".repeat(200)]) {
      lines.push(`string - ${hex(s)}`);
      wanted.push(expected(s));
    }
    for (const n of [42, -0, 0.1, 1e21, NaN, -Infinity]) {
      lines.push(`number - ${n}`);
      wanted.push(String(n));
    }
    lines.push("null", "undefined", "true");
    wanted.push("null", "undefined", "true");

    const env = { ...process.env, ASAN_OPTIONS: "detect_stack_use_after_return=0" };
    const run = spawnSync(exe, [], { input: `${lines.join("\n")}\n`, encoding: "utf8", env });
    assert.equal(run.status, 0, `${run.stdout.slice(-500)}\n${run.stderr}`);
    const got = run.stdout.split("\n").slice(0, wanted.length);
    for (let k = 0; k < wanted.length; k++) {
      assert.equal(got[k], wanted[k], `case ${k}: ${lines[k]}`);
    }
  });
});
