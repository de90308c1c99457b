// rejects.test.ts: programs outside the subset are rejected with exactly the expected codes and lines.
//
// Each file in tests/compiler/rejects marks every offending line with `//! RGnnnn` (several codes may be
// listed). The compiler must report exactly those (code, line) pairs, emit no C, and render each diagnostic
// with file:line:col, the source line, a caret line and a hint. `// @stateBytes N` sets the state quota.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { compileApp, formatDiagnostic, memoryHost } from "../../compiler/src/index.ts";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "rejects");

function expected(text: string): string[] {
  const out: string[] = [];
  text.split("\n").forEach((line, i) => {
    const marker = /\/\/!\s*(.*)$/.exec(line);
    for (const code of marker?.[1]?.match(/RG\d{4}/g) ?? []) out.push(`${i + 1}:${code}`);
  });
  return out.sort();
}

describe("compiler: rejected programs", () => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort();

  it("has at least 60 programs", () => {
    assert.ok(files.length >= 60, `only ${files.length}`);
  });

  it("renders a diagnostic without a location as file: error, with no caret", () => {
    const result = compileApp({ file: "app.ts", moduleId: "not an id", host: memoryHost({ "app.ts": "" }) });
    assert.equal(result.ok, false);
    if (result.ok) return;
    const d = result.diagnostics[0];
    assert.equal(d?.line, 0);
    if (d === undefined) return;
    assert.deepEqual(formatDiagnostic(d).split("\n"), [
      "app.ts: error RG9999: module id `not an id` is not a C identifier",
      "hint: use letters, digits and _ only",
    ]);
  });

  for (const f of files) {
    it(f, () => {
      const file = path.join(dir, f);
      const text = readFileSync(file, "utf8");
      // `// @stateBytes N` on a line of its own gives the app that quota, as app.json would.
      const quota = /^\/\/ @stateBytes (\d+)$/m.exec(text)?.[1];
      const result = compileApp({
        file: `rejects/${f}`,
        moduleId: "reject",
        host: memoryHost({ [`rejects/${f}`]: text }),
        ...(quota === undefined ? {} : { stateBytes: Number(quota) }),
      });
      assert.equal(result.ok, false, "the program compiled");
      if (result.ok) return;
      const got = result.diagnostics.map((d) => `${d.line}:${d.code}`).sort();
      assert.deepEqual(got, expected(text));
      for (const d of result.diagnostics) {
        const rendered = formatDiagnostic(d).split("\n");
        assert.match(
          rendered[0] ?? "",
          new RegExp(`^rejects/${f.replace(".", "\\.")}:${d.line}:${d.column}: error ${d.code}: .+`),
        );
        assert.ok(
          rendered.some((l) => l.endsWith(d.sourceLine) && l.includes(`${d.line} | `)),
          "source line missing",
        );
        assert.ok(
          rendered.some((l) => /^\s*\| *\^+$/.test(l)),
          "caret line missing",
        );
        assert.match(rendered[rendered.length - 1] ?? "", /^hint: .+/);
      }
    });
  }
});
