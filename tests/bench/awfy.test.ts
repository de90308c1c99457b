// tests/bench/awfy.test.ts: every benchmark of the suite prints the same checked result in every language.
//
// For each benchmark in bench/awfy/suite.json, at its small `test` size: Node runs main.ts (with `regen`
// aliased to its Node implementation), host gcc builds main.c with the host harness under AddressSanitizer
// and UBSan, and Duktape and MuJS run main.js. All four must exit 0 and print the same single line,
// `<Title>: <value>`; each program checks its own value and prints FAIL otherwise. A check that the
// sources cannot all agree by printing nothing: the line must name the benchmark and a number.
import { execFileSync, spawnSync } from "node:child_process";
import { strict as assert } from "node:assert";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { runNode } from "../../tools/bench/awfy-engines.ts";
import { loadSuite, writeSource, type Benchmark } from "../../tools/bench/awfy-suite.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const workDir = path.join(root, ".regen-cache", "tests-bench");
const support = path.join(root, "bench", "support");
const cFlags = ["-std=c11", "-Wall", "-Wextra", "-Werror", "-Wpedantic", "-Wshadow", "-Wmissing-prototypes"];

function hostC(bench: Benchmark): { stdout: string; status: number | null } {
  const dir = path.join(workDir, bench.name, "host-c");
  mkdirSync(dir, { recursive: true });
  const source = writeSource(bench, "c", bench.test, dir);
  const exe = path.join(dir, "bench");
  execFileSync(
    "gcc",
    [
      ...cFlags,
      "-Wstrict-prototypes",
      "-O1",
      "-g",
      "-fsanitize=address,undefined",
      "-fno-sanitize-recover=all",
      `-I${support}`,
      source,
      path.join(support, "host.c"),
      "-lm",
      "-o",
      exe,
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  const run = spawnSync(exe, [], { encoding: "utf8", timeout: 20_000 });
  return { stdout: run.stdout, status: run.status };
}

function interpreter(engine: "duk" | "mujs", bench: Benchmark): { stdout: string; status: number | null } {
  const source = writeSource(bench, "js", bench.test, path.join(workDir, bench.name, engine));
  const run = spawnSync(engine, [source], { encoding: "utf8", timeout: 20_000 });
  if (run.error !== undefined) {
    assert.fail(
      `cannot run ${engine} (${run.error.message}): install it with apt-get install -y duktape mujs`,
    );
  }
  return { stdout: run.stdout, status: run.status };
}

describe("the Are-We-Fast-Yet-style suite (bench/awfy)", function () {
  this.timeout(60_000);
  const suite = loadSuite(root);

  it("has at least 8 benchmarks, each in TypeScript, C and ES5", () => {
    assert.ok(suite.length >= 8, `only ${suite.length} benchmarks`);
  });

  for (const bench of suite) {
    it(`${bench.name}: Node, hand C, Duktape and MuJS print the same checked result`, async () => {
      const node = await runNode(bench, bench.test, workDir);
      assert.equal(node.problem, undefined, `Node: ${node.problem ?? ""}\n${node.output}`);
      assert.match(node.output, new RegExp(`^${bench.title}: -?\\d+\\n$`), "Node's output");
      const c = hostC(bench);
      assert.equal(c.status, 0, `hand C exited ${String(c.status)}:\n${c.stdout}`);
      assert.equal(c.stdout, node.output, "hand C");
      for (const engine of ["duk", "mujs"] as const) {
        const js = interpreter(engine, bench);
        assert.equal(js.status, 0, `${engine} exited ${String(js.status)}:\n${js.stdout}`);
        assert.equal(js.stdout, node.output, engine);
      }
    });
  }

  it("the iteration count is what the bench replaces", () => {
    // A source whose marked line the bench could not find would run at its default size everywhere.
    for (const bench of suite) {
      for (const language of ["ts", "c", "js"] as const) {
        const file = writeSource(bench, language, 7, path.join(workDir, bench.name, `marker-${language}`));
        const text = spawnSync("grep", ["-c", "ITERATIONS.*7.*bench: iterations", file], {
          encoding: "utf8",
        });
        assert.equal(text.stdout.trim(), "1", `${bench.name}/main.${language}`);
      }
    }
  });
});
