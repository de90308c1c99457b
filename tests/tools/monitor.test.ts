// `regen monitor` over the mock serial binding: a recorded trace, a mid-frame join, and a reconnect.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { MockBinding, type MockPortBinding } from "../../tools/src/transport/mock-serial.ts";
import type { BindingInterface, OpenOptions } from "@serialport/bindings-cpp";

import type { EventSink, HostEvent } from "../../tools/src/events/host-event.ts";
import { monitorPort } from "../../tools/src/run/monitor-session.ts";

const PORT = "/dev/ttyREGEN0";
const trace = readFileSync(new URL("./fixtures/monitor-trace.bin", import.meta.url));

/** Collects events and lets a test wait for one. */
class CollectingSink implements EventSink {
  readonly events: HostEvent[] = [];
  private waiters: (() => void)[] = [];

  write(event: HostEvent): void {
    this.events.push(event);
    for (const wake of this.waiters.splice(0)) wake();
  }

  async waitFor(predicate: (events: HostEvent[]) => boolean, what: string, ms = 3000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!predicate(this.events)) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(this.events)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }
}

/** The mock binding, plus a way to pull the cable on the port it opened last. */
function unpluggableBinding(): { binding: BindingInterface; opened: MockPortBinding[]; unplug: () => void } {
  const opened: MockPortBinding[] = [];
  const cables: ((error: Error) => void)[] = [];
  const binding = {
    list: () => MockBinding.list(),
    open: async (options: OpenOptions) => {
      const port = await MockBinding.open(options);
      const read = port.read.bind(port);
      const pulled = new Promise<never>((_resolve, reject) => cables.push(reject));
      pulled.catch(() => undefined);
      // A real binding's pending read fails with an I/O error when the device goes away.
      port.read = (buffer, offset, length) => Promise.race([read(buffer, offset, length), pulled]);
      opened.push(port);
      return port;
    },
  } as unknown as BindingInterface;
  const unplug = (): void => {
    MockBinding.reset();
    cables.at(-1)?.(new Error("EIO: the device was unplugged"));
  };
  return { binding, opened, unplug };
}

describe("tools: regen monitor over a mock serial port", () => {
  afterEach(() => MockBinding.reset());

  it("decodes a recorded trace joined mid-frame, and reconnects when the port comes back", async () => {
    MockBinding.createPort(PORT, { echo: false, record: false });
    const { binding, opened, unplug } = unpluggableBinding();
    const sink = new CollectingSink();
    const abort = new AbortController();
    const session = monitorPort({ path: PORT, binding, sink, retryMs: 20, signal: abort.signal });
    try {
      await waitUntil(() => opened.length === 1, "the port to open");
      // The cable is pulled in the middle of the app-restart frame: that frame is lost, quietly.
      const half = 0x82;
      opened[0]!.emitData(trace.subarray(0, half));
      await sink.waitFor((events) => events.some((e) => e.kind === "app-fault"), "the fault");

      assert.deepEqual(sink.events.slice(0, 8), [
        { kind: "boot", t: 0, reason: "watchdog", abi: 1, apps: 2 },
        { kind: "app-info", t: 0, app: "blink", index: 0 },
        { kind: "app-info", t: 0, app: "crashy", index: 1 },
        { kind: "watchdog-reset", t: 0 },
        { kind: "app-start", t: 1, app: "blink", reason: "watchdog-reset" },
        { kind: "app-start", t: 1, app: "crashy", reason: "watchdog-reset" },
        { kind: "log", t: 100, app: "blink", text: "tick 1" },
        {
          kind: "app-fault",
          t: 150,
          app: "crashy",
          class: "divide-by-zero",
          pc: "0x00001234",
          addr: "0x00000000",
          lr: "0x00001105",
        },
      ]);
      assert.ok(!sink.events.some((e) => e.kind === "error"), "the mid-frame join must not be reported");

      unplug();
      await sink.waitFor((events) => events.some((e) => e.kind === "info"), "the disconnect notice");
      assert.match(String(sink.events.at(-1)?.["message"]), /ttyREGEN0 disconnected; waiting/);

      MockBinding.createPort(PORT, { echo: false, record: false });
      await sink.waitFor((events) => events.filter((e) => e.kind === "info").length === 2, "the reconnect");
      assert.match(String(sink.events.at(-1)?.["message"]), /ttyREGEN0 is back/);

      opened[1]!.emitData(trace.subarray(half));
      await sink.waitFor((events) => events.some((e) => e.text === "tick 2"), "the last log line");
    } finally {
      abort.abort();
      await session;
    }
    const kinds = sink.events.map((e) => e.kind);
    assert.deepEqual(kinds.slice(8), ["info", "info", "log"]);
    assert.ok(!kinds.includes("error"), "a frame cut by a disconnect is expected, not an error");
  });

  it("reports a port that does not exist as a clear error", async () => {
    const sink = new CollectingSink();
    await assert.rejects(
      monitorPort({ path: "/dev/ttyNOPE", binding: MockBinding, sink }),
      (error: Error) => {
        assert.match(error.message, /ttyNOPE/);
        return true;
      },
    );
  });
});

async function waitUntil(condition: () => boolean, what: string, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
