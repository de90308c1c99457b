// Checks that the generated kernel-boundary files match runtime-c/abi.json.
//
// The C header and the TypeScript module are committed so that builds need no generation step; this test
// fails when someone edits abi.json (or a generated file) without running `npm run gen:abi`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";

import { generateAbi } from "../../tools/src/abi/generate-abi.ts";

describe("kernel boundary (abi.json)", () => {
  for (const [file, expected] of generateAbi()) {
    it(`${path.basename(file)} is up to date (run \`npm run gen:abi\` if not)`, () => {
      assert.equal(readFileSync(file, "utf8"), expected);
    });
  }

  it("uses every id at most once per table", () => {
    const spec = JSON.parse(readFileSync("runtime-c/abi.json", "utf8")) as {
      syscalls: Record<string, { id: number }>;
      events: Record<string, { id: number }>;
      faultClasses: Record<string, number>;
    };
    const tables: Record<string, number[]> = {
      syscalls: Object.values(spec.syscalls).map((s) => s.id),
      events: Object.values(spec.events).map((e) => e.id),
      faultClasses: Object.values(spec.faultClasses),
    };
    for (const [name, ids] of Object.entries(tables)) {
      assert.equal(new Set(ids).size, ids.length, `duplicate id in ${name}`);
    }
  });
});
