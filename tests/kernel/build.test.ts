// The firmware build library: boards and manifests are validated with clear errors, and firmware is
// laid out as the kernel expects (MPU-sized app RAM blocks, sizes reported, objects cached).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import {
  BoardError,
  BuildError,
  CompileError,
  ManifestError,
  ToolchainError,
  buildFirmware,
  defaultManifest,
  listBoards,
  loadAppManifest,
  loadBoard,
} from "../../tools/src/build/index.ts";
import { buildTestFirmware, repoRoot, testAppsDir } from "./support/firmware-runner.ts";

/** Runs `action` and returns the error it throws (failing the test when it does not throw). */
function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  assert.fail("expected an error");
}

describe("firmware build library", function () {
  this.timeout(60000);
  let scratch: string;

  beforeEach(() => {
    scratch = mkdtempSync(path.join(tmpdir(), "regen-build-test-"));
  });
  afterEach(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  function writeApp(json: string): string {
    const dir = path.join(scratch, "app");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "app.json"), json);
    return dir;
  }

  describe("boards", () => {
    it("lists and loads the repository's boards", () => {
      const ids = listBoards().map((board) => board.id);
      assert.ok(ids.includes("native") && ids.includes("mps2-an385"));
      const mps2 = loadBoard("mps2-an385");
      assert.equal(mps2.hasMpu, true);
      assert.equal(mps2.qemu?.machine, "mps2-an385");
      assert.ok(path.isAbsolute(mps2.linkerScript ?? ""));
    });

    it("names the unknown board and the known ones", () => {
      const error = thrown(() => loadBoard("no-such-board"));
      assert.ok(error instanceof BoardError);
      assert.match(error.message, /no board "no-such-board"/);
      assert.match(error.hint, /native/);
    });

    it("reports a bad board.json with its file and field", () => {
      const root = path.join(scratch, "boards");
      cpSync(path.join(repoRoot, "boards/native"), path.join(root, "native"), { recursive: true });
      const file = path.join(root, "native/board.json");
      const good = JSON.parse(execFileSync("cat", [file], { encoding: "utf8" })) as Record<string, unknown>;

      writeFileSync(file, JSON.stringify({ ...good, hasMpu: "yes" }));
      let error = thrown(() => loadBoard("native", root));
      assert.ok(error instanceof BoardError);
      assert.equal(error.file, file);
      assert.equal(error.field, "hasMpu");
      assert.match(error.format(), /board\.json, field "hasMpu": "hasMpu" must be boolean/);

      const withoutClock = { ...good };
      delete withoutClock.clockHz;
      writeFileSync(file, JSON.stringify(withoutClock));
      error = thrown(() => loadBoard("native", root));
      assert.ok(error instanceof BoardError);
      assert.equal(error.field, "clockHz");

      writeFileSync(file, JSON.stringify({ ...good, arch: "cortex-m3" }));
      error = thrown(() => loadBoard("native", root));
      assert.ok(error instanceof BoardError);
      assert.equal(error.field, "linkerScript");

      writeFileSync(file, JSON.stringify({ ...good, id: "other" }));
      error = thrown(() => loadBoard("native", root));
      assert.ok(error instanceof BoardError);
      assert.equal(error.field, "id");

      writeFileSync(file, "{ not json");
      error = thrown(() => loadBoard("native", root));
      assert.ok(error instanceof BoardError);
      assert.match(error.message, /not valid JSON/);
    });

    it("names the apt-get package when the toolchain is missing", async () => {
      const board = {
        ...loadBoard("mps2-an385"),
        toolchainPrefix: "regen-missing-",
        toolchainPackage: "gcc-missing",
      };
      await assert.rejects(
        buildFirmware({
          board,
          outDir: scratch,
          apps: [
            {
              manifest: defaultManifest("ticker"),
              cFile: path.join(testAppsDir, "ticker.c"),
              moduleId: "ticker",
            },
          ],
        }),
        (error: unknown) =>
          error instanceof ToolchainError &&
          error.program === "regen-missing-gcc" &&
          error.hint.includes("apt-get install -y gcc-missing"),
      );
    });
  });

  describe("app manifests", () => {
    it("applies the documented defaults", () => {
      const manifest = loadAppManifest(writeApp('{ "name": "crashy" }'));
      assert.equal(manifest.main, "main.ts");
      assert.equal(manifest.stackBytes, 2048);
      assert.equal(manifest.budgetMs, 100);
      assert.deepEqual(manifest.restart, {
        maxRestarts: 5,
        windowMs: 10000,
        backoffMs: 100,
        backoffMaxMs: 2000,
        onLimit: "stop",
      });
    });

    const bad: [string, string, string, RegExp][] = [
      ["bad name", '{ "name": "Crashy" }', "name", /must match pattern/],
      ["unknown field", '{ "name": "a", "stack": 1 }', "stack", /not a known field/],
      [
        "bad onLimit",
        '{ "name": "a", "restart": { "onLimit": "panic" } }',
        "restart.onLimit",
        /"stop", "reboot"/,
      ],
      ["odd stack", '{ "name": "a", "stackBytes": 1001 }', "stackBytes", /multiple of 8/],
      ["no name", "{}", "name", /required/],
      [
        "backoff above its cap",
        '{ "name": "a", "restart": { "backoffMs": 500, "backoffMaxMs": 100 } }',
        "restart.backoffMaxMs",
        /smaller than restart\.backoffMs/,
      ],
      ["not JSON", '{ "name": ', "(top level)", /not valid JSON/],
    ];
    for (const [title, json, field, message] of bad) {
      it(`rejects a manifest with ${title}`, () => {
        const dir = writeApp(json);
        const error = thrown(() => loadAppManifest(dir));
        assert.ok(error instanceof ManifestError);
        assert.equal(error.file, path.join(dir, "app.json"));
        assert.equal(error.field, field);
        assert.match(error.message, message);
        assert.ok(error.hint.length > 0);
      });
    }

    it("says when app.json is missing", () => {
      const error = thrown(() => loadAppManifest(scratch));
      assert.ok(error instanceof ManifestError);
      assert.match(error.hint, /"name"/);
    });
  });

  describe("buildFirmware", () => {
    it("places each app in a power-of-two RAM block aligned to its size, stack first", async () => {
      const result = await buildTestFirmware("mps2-an385", "layout", [
        { name: "ticker", stackBytes: 1024 },
        { name: "oneshot", stackBytes: 4096 },
      ]);
      const symbols = execFileSync("arm-none-eabi-nm", [result.elf], { encoding: "utf8" });
      const address = (name: string): number => {
        const match = new RegExp(`^([0-9a-f]+) \\w ${name}$`, "m").exec(symbols);
        assert.ok(match?.[1], `${name} is in the ELF`);
        return Number.parseInt(match[1], 16);
      };
      const blocks = result.sizes.perApp.map((app, index) => ({
        ...app,
        base: address(`rg_app_ram_${index}`),
      }));
      assert.deepEqual(
        blocks.map((b) => b.ramBytes),
        [2048, 8192],
      );
      for (const block of blocks) {
        assert.equal(block.base % block.ramBytes, 0, `${block.name} block is aligned to its size`);
        assert.ok(block.stackBytes + block.globalsBytes <= block.ramBytes);
      }
      // The oneshot globals (450 bytes) sit above its 4096-byte stack, inside its block.
      const globals = [...symbols.matchAll(/^([0-9a-f]+) [bB] g$/gm)].map((m) =>
        Number.parseInt(m[1] ?? "", 16),
      );
      const oneshotBase = blocks[1]?.base ?? 0;
      assert.ok(globals.some((at) => at >= oneshotBase + 4096 && at < oneshotBase + 8192));
      assert.ok(
        result.sizes.kernelFlash > 1000 && result.sizes.kernelFlash <= 8192,
        `kernel flash ${result.sizes.kernelFlash}`,
      );
      assert.ok(
        result.sizes.kernelRam > 100 && result.sizes.kernelRam <= 2048,
        `kernel RAM ${result.sizes.kernelRam}`,
      );
      assert.ok(result.bin !== undefined && statSync(result.bin).size > 0);
      assert.ok(result.hex !== undefined && statSync(result.hex).size > 0);
      const segments = execFileSync("arm-none-eabi-readelf", ["-lW", result.elf], { encoding: "utf8" });
      assert.doesNotMatch(segments, /\.rg_app_ram|\.noinit|\.bss/, "run-time RAM is in no loadable segment");
    });

    it("rejects an app with initialised mutable data on an MPU board", async () => {
      await assert.rejects(buildTestFirmware("mps2-an385", "with-data", [{ name: "with-data" }]), BuildError);
      await assert.rejects(
        buildFirmware({
          board: loadBoard("mps2-an385"),
          outDir: scratch,
          apps: [
            {
              manifest: defaultManifest("x"),
              cFile: path.join(testAppsDir, "with-data.c"),
              moduleId: "with_data",
            },
          ],
        }),
        (error: unknown) => error instanceof CompileError && /initialised mutable data/.test(error.message),
      );
    });

    it("rejects bad app lists and sanitizers on a cross board", async () => {
      const board = loadBoard("native");
      const app = {
        manifest: defaultManifest("ticker"),
        cFile: path.join(testAppsDir, "ticker.c"),
        moduleId: "ticker",
      };
      await assert.rejects(buildFirmware({ board, outDir: scratch, apps: [] }), /1 to 16 apps/);
      await assert.rejects(buildFirmware({ board, outDir: scratch, apps: [app, app] }), /appears twice/);
      await assert.rejects(
        buildFirmware({ board, outDir: scratch, apps: [{ ...app, moduleId: "not-an-id" }] }),
        /not a C identifier/,
      );
      await assert.rejects(
        buildFirmware({ board: loadBoard("mps2-an385"), outDir: scratch, apps: [app], sanitize: true }),
        /sanitizers need the native board/,
      );
    });

    it("reports an app's C compile error as a CompileError naming the file", async () => {
      const cFile = path.join(scratch, "broken.c");
      writeFileSync(cFile, "int broken(void) { return nope; }\n");
      await assert.rejects(
        buildFirmware({
          board: loadBoard("native"),
          outDir: scratch,
          apps: [{ manifest: defaultManifest("broken"), cFile, moduleId: "broken" }],
        }),
        (error: unknown) =>
          error instanceof CompileError && error.file === cFile && /nope/.test(error.output),
      );
    });
  });
});
