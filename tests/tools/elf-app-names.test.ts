// App names read from real firmware ELFs (Arm and native), and `regen monitor` using them when it joins late.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { appNamesFromElf } from "../../tools/src/events/elf-app-names.ts";
import type { EventSink, HostEvent } from "../../tools/src/events/host-event.ts";
import { encodeFrames } from "../../tools/src/protocol/index.ts";
import { monitorPort } from "../../tools/src/run/monitor-session.ts";
import { MockBinding, type MockPortBinding } from "../../tools/src/transport/mock-serial.ts";
import { regen } from "./cli-helpers.ts";

const PORT = "/dev/ttyREGEN1";

describe("tools: app names from the firmware ELF", function () {
  this.timeout(180_000);
  let out: string;

  before(() => (out = mkdtempSync(path.join(tmpdir(), "regen-elf-names-"))));
  after(() => rmSync(out, { recursive: true, force: true }));
  afterEach(() => MockBinding.reset());

  it("reads the app table of a 32-bit Arm ELF and of a 64-bit native ELF", async () => {
    const arm = await regen(["build", "apps/blink", "--out", path.join(out, "arm")]);
    assert.equal(arm.status, 0, arm.stderr);
    assert.deepEqual(appNamesFromElf(path.join(out, "arm", "firmware.elf")), ["blink"]);

    const native = await regen(["build", "apps/blink", "apps/crashy", "--board", "native", "--out", out]);
    assert.equal(native.status, 0, native.stderr);
    assert.deepEqual(appNamesFromElf(path.join(out, "firmware.elf")), ["blink", "crashy"]);
  });

  it("gives no names for a file without an app table", () => {
    const junk = path.join(out, "junk.elf");
    writeFileSync(junk, "not an elf at all");
    assert.deepEqual(appNamesFromElf(junk), []);
    assert.deepEqual(appNamesFromElf(path.join(out, "missing.elf")), []);
  });

  it("names apps in a monitor that missed app-info; a later app-info still wins", async () => {
    MockBinding.createPort(PORT, { echo: false, record: false });
    const events: HostEvent[] = [];
    const sink: EventSink = { write: (event) => void events.push(event) };
    const abort = new AbortController();
    const opened: MockPortBinding[] = [];
    const binding = {
      list: () => MockBinding.list(),
      open: async (options: Parameters<typeof MockBinding.open>[0]) => {
        const port = await MockBinding.open(options);
        opened.push(port);
        return port;
      },
    } as unknown as typeof MockBinding;
    const appNames = appNamesFromElf(path.join(out, "firmware.elf"));
    const session = monitorPort({ path: PORT, binding, sink, appNames, signal: abort.signal });
    try {
      const deadline = Date.now() + 3000;
      while (opened.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      opened[0]!.emitData(
        Buffer.from(
          encodeFrames([
            { type: "log", t: 5, fields: { app: 0, flags: 0, text: "tick" } },
            { type: "app-exit", t: 6, fields: { app: 1, code: 0 } },
            { type: "app-info", t: 7, fields: { app: 1, name: "renamed" } },
            { type: "app-exit", t: 8, fields: { app: 1, code: 0 } },
          ]),
        ),
      );
      while (events.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    } finally {
      abort.abort();
      await session;
    }
    assert.deepEqual(
      events.map((e) => [e.kind, e["app"]]),
      [
        ["log", "blink"],
        ["app-exit", "crashy"],
        ["app-info", "renamed"],
        ["app-exit", "renamed"],
      ],
    );
  });
});
