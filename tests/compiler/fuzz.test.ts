// fuzz.test.ts: the compiler answers hundreds of mutated and generated programs with C or diagnostics.
//
// Programs come from mutating the corpus (tests/compiler/programs and rejects: statements deleted,
// duplicated, swapped, wrapped; expressions, operators and types replaced; snippets inserted; files cut
// short) and from a small typed grammar. Each must compile to C or to diagnostics — never an exception,
// never RG9999, never more than a few seconds — and a sample of the C must pass gcc with the project's
// warning flags. The seed is fixed so CI is repeatable; REGEN_FUZZ_SEED picks another, REGEN_FUZZ_COUNT
// another number of programs. A failing program is minimised and written to build/fuzz/ for the report.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { cErrorKind, checkC } from "./fuzz/check-c.ts";
import { CompilerProcess, failureSignature, isFailure, type Outcome } from "./fuzz/compiler-process.ts";
import { generateProgram } from "./fuzz/grammar.ts";
import { minimise } from "./fuzz/minimise.ts";
import { mutateProgram } from "./fuzz/mutate.ts";
import { Random } from "./fuzz/random.ts";

const here = path.dirname(fileURLToPath(import.meta.url));
const failuresDir = path.resolve(here, "../../build/fuzz");

/** A compile slower than this counts as a failure ("never take more than a few seconds"). */
const limitMs = 3000;
/** How long to wait before killing the worker: above limitMs, so slow and hung stay apart. */
const killMs = 10_000;
/** Every n-th program that compiled has its C checked by gcc. */
const cEvery = Number(process.env.REGEN_FUZZ_C_EVERY ?? 5);
/** Failures minimised per run (each costs up to a few hundred compiles). */
const minimiseAtMost = 3;

function corpus(): string[] {
  return ["programs", "rejects"].flatMap((dir) =>
    readdirSync(path.join(here, dir))
      .filter((f) => f.endsWith(".ts"))
      .sort()
      .map((f) => readFileSync(path.join(here, dir, f), "utf8")),
  );
}

interface Run {
  readonly name: string;
  readonly text: string;
  readonly outcome: Outcome;
}

describe("compiler: fuzz (mutated and generated programs)", function () {
  this.timeout(600_000);
  const seed = Number(process.env.REGEN_FUZZ_SEED ?? 20261127);
  const count = Number(process.env.REGEN_FUZZ_COUNT ?? 500);
  const compiler = new CompilerProcess();
  const runs: Run[] = [];
  const reports: string[] = [];
  const cReports: string[] = [];
  let cProblemCount = 0;
  let sampled = 0;

  const warmUp = async (): Promise<void> => {
    await compiler.compile("warm-up.ts", "console.log(1);\n", false, 60_000);
  };

  before(async () => {
    console.log(`      fuzz: seed ${seed} (REGEN_FUZZ_SEED), ${count} programs (REGEN_FUZZ_COUNT)`);
    const sources = corpus();
    await warmUp();
    for (let i = 0; i < count; i++) {
      const random = Random.forProgram(seed, i);
      // Three in five are mutants of the corpus, two in five come from the grammar.
      const text = i % 5 < 3 ? mutateProgram(random.pick(sources), random, sources) : generateProgram(random);
      const name = `fuzz-${i}`;
      const outcome = await compiler.compile(`${name}.ts`, text, true, killMs);
      runs.push({ name, text, outcome });
      if (outcome.kind === "timeout") await warmUp();
    }

    mkdirSync(failuresDir, { recursive: true });
    const compiled = runs.filter((r) => r.outcome.kind === "c");
    const sample = new Map<string, string>();
    compiled.forEach((r, i) => {
      if (i % cEvery === 0 && r.outcome.kind === "c" && r.outcome.c !== undefined)
        sample.set(r.name, r.outcome.c);
    });
    sampled = sample.size;
    const cProblems = await checkC(sample);
    cProblemCount = cProblems.length;
    const cKinds = new Set<string>();
    for (const problem of cProblems) {
      const kind = cErrorKind(problem.errors);
      const run = runs.find((r) => r.name === problem.name);
      if (cKinds.has(kind) || run === undefined) continue;
      cKinds.add(kind);
      const small =
        cKinds.size > minimiseAtMost
          ? run.text
          : await minimise(
              run.text,
              async (candidate) => {
                const again = await compiler.compile(`${run.name}.ts`, candidate, true, killMs);
                if (again.kind !== "c" || again.c === undefined) return false;
                const [still] = await checkC(new Map([[run.name, again.c]]));
                return still !== undefined && cErrorKind(still.errors) === kind;
              },
              60,
            );
      writeFileSync(path.join(failuresDir, `${seed}-${run.name}.c-error.ts`), small);
      cReports.push(`${run.name} (seed ${seed}): gcc: ${kind}\n--- minimised ---\n${small}---`);
    }

    const failed = runs.filter((r) => isFailure(r.outcome, limitMs));
    const seen = new Set<string>();
    for (const run of failed) {
      const signature = failureSignature(run.outcome, limitMs);
      if (seen.has(signature)) continue;
      seen.add(signature);
      let small = run.text;
      if (seen.size <= minimiseAtMost && signature !== "slow") {
        small = await minimise(run.text, async (candidate) => {
          const again = await compiler.compile(`${run.name}.ts`, candidate, false, killMs);
          if (again.kind === "timeout") await warmUp();
          return failureSignature(again, limitMs) === signature;
        });
      }
      writeFileSync(path.join(failuresDir, `${seed}-${run.name}.ts`), run.text);
      writeFileSync(path.join(failuresDir, `${seed}-${run.name}.min.ts`), small);
      reports.push(`${run.name} (seed ${seed}): ${signature}\n--- minimised ---\n${small}\n---`);
    }

    const tally = new Map<string, number>();
    for (const r of runs) tally.set(r.outcome.kind, (tally.get(r.outcome.kind) ?? 0) + 1);
    const times = runs.map((r) => r.outcome.ms).sort((a, b) => a - b);
    console.log(
      `      fuzz: ${[...tally].map(([k, n]) => `${n} ${k}`).join(", ")}; ` +
        `compile ms median ${times[times.length >> 1]?.toFixed(0)}, max ${times[times.length - 1]?.toFixed(0)}; ` +
        `${sample.size} C files checked with gcc`,
    );
  });

  after(() => compiler.stop());

  it(`compiles at least 500 programs per run`, () => {
    assert.ok(runs.length >= Math.min(500, count), `only ${runs.length}`);
  });

  it("answers every program with C or diagnostics, in time (no exception, no RG9999, no hang)", () => {
    assert.equal(reports.length, 0, `distinct compiler failures:\n\n${reports.join("\n\n")}`);
  });

  it("reaches both outcomes often (the programs are neither all broken nor all trivial)", () => {
    const c = runs.filter((r) => r.outcome.kind === "c").length;
    const diagnostics = runs.filter((r) => r.outcome.kind === "diagnostics").length;
    assert.ok(c >= runs.length / 10, `only ${c} programs compiled to C`);
    assert.ok(diagnostics >= runs.length / 10, `only ${diagnostics} programs ended in diagnostics`);
  });

  it("emits C that gcc accepts with -Wall -Wextra -Werror (sample)", () => {
    assert.equal(
      cProblemCount,
      0,
      `gcc rejected the C of ${cProblemCount} of ${sampled} programs; one per kind of error:\n\n${cReports.join("\n\n")}`,
    );
  });
});
