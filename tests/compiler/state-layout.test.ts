// state-layout.test.ts: the state type's layout, schema hash and quota check, as compileApp reports them.
//
// The layout is what `regen state dump` decodes with and the hash is what the kernel compares, so these
// pin down the encoding (offsets, sizes, little-endian kinds) and which source changes change the hash.
import assert from "node:assert/strict";

import { compileApp, memoryHost, type StateLayout } from "../../compiler/src/index.ts";

function compile(source: string, stateBytes?: number): ReturnType<typeof compileApp> {
  return compileApp({
    file: "app.ts",
    moduleId: "app",
    host: memoryHost({ "app.ts": source }),
    ...(stateBytes === undefined ? {} : { stateBytes }),
  });
}

function layoutOf(types: string, name = "S"): StateLayout {
  const result = compile(
    `import { i32, u32, u8, loadState } from "regen";\n${types}\nconsole.log(loadState<${name}>() === undefined);\n`,
  );
  assert.ok(result.ok, result.ok ? "" : JSON.stringify(result.diagnostics));
  assert.ok(result.state !== undefined);
  return result.state;
}

describe("compiler: state layout and schema hash", () => {
  it("lays fields out in declaration order, nested objects inline, without padding", () => {
    const layout = layoutOf(
      "interface P { x: i32; y: u8 }\ninterface S { a: number; on: boolean; p: P; n: u32 }",
    );
    assert.equal(layout.bytes, 8 + 1 + 4 + 1 + 4);
    assert.deepEqual(
      layout.fields.map((f) => `${f.path}:${f.kind}@${f.offset}+${f.size}`),
      ["a:f64@0+8", "on:bool@8+1", "p.x:i32@9+4", "p.y:u8@13+1", "n:u32@14+4"],
    );
    assert.equal(layout.canonical, "regen-state-1:{a:f64,on:bool,p:{x:i32,y:u8},n:u32}");
  });

  it("keeps the hash when only type names change, changes it when fields do", () => {
    const base = layoutOf("interface S { a: number; b: i32 }").schemaHash;
    assert.equal(layoutOf("interface Renamed { a: number; b: i32 }", "Renamed").schemaHash, base);
    assert.equal(layoutOf("type S = { a: number; b: i32 }").schemaHash, base);
    assert.notEqual(layoutOf("interface S { b: i32; a: number }").schemaHash, base);
    assert.notEqual(layoutOf("interface S { a: number; c: i32 }").schemaHash, base);
    assert.notEqual(layoutOf("interface S { a: number; b: u32 }").schemaHash, base);
    assert.notEqual(layoutOf("interface S { a: number; b: i32; c: u8 }").schemaHash, base);
  });

  it("accepts a state exactly at the quota and rejects one byte over with RG1030", () => {
    const source =
      'import { saveState } from "regen";\ninterface S { a: number; b: boolean }\nsaveState<S>({ a: 1, b: true });\n';
    assert.equal(compile(source, 9).ok, true);
    const over = compile(source, 8);
    assert.equal(over.ok, false);
    if (!over.ok)
      assert.deepEqual(
        over.diagnostics.map((d) => `${d.line}:${d.code}`),
        ["3:RG1030"],
      );
  });

  it("reports no state for an app that keeps none", () => {
    const result = compile("console.log(1);\n", 0);
    assert.ok(result.ok);
    assert.equal(result.state, undefined);
  });
});
