// Device events → host events: app names, code names, reassembled log lines.
//
// The device refers to apps by table index and announces their names in `app-info` frames after `boot`;
// the translator keeps that table (reset on every boot) and joins `log` frames whose continue flag is set
// into one line. It is synchronous and knows nothing about ELF files: fault sources are attached later by
// the event pipeline.
import { ABI } from "../abi/abi.generated.ts";
import { nameOf, type DeviceEvent } from "../protocol/index.ts";
import { hex32, type HostEvent } from "./host-event.ts";

/** Bit 0 of a log frame's flags: the line continues in the next log frame of the same app. */
const LOG_CONTINUES = 0x01;

/** Names of the state store's damage flags, by bit (rg_state.h RG_STATE_DAMAGE_*). */
const DAMAGE_FLAGS = ["foreign", "header", "record", "geometry", "io"];

function damageNames(flags: number): string {
  const names = DAMAGE_FLAGS.filter((_, bit) => (flags >> bit) & 1);
  return names.length === 0 ? "none" : names.join(",");
}

/** Turns a stream of device events into host events, keeping per-boot state. */
export class EventTranslator {
  private readonly appNames = new Map<number, string>();
  private readonly pendingLogs = new Map<number, { t: number; text: string }>();

  /** Optional names to use before (or without) `app-info` frames, e.g. from the build's manifests. */
  constructor(initialNames: readonly string[] = []) {
    initialNames.forEach((name, index) => this.appNames.set(index, name));
  }

  /** The app name for a table index (`app#<index>` until the device names it). */
  appName(index: number): string {
    return this.appNames.get(index) ?? `app#${index}`;
  }

  /** Translates one device event; returns zero events (a log line still open) or more. */
  translate(event: DeviceEvent): HostEvent[] {
    const t = event.t;
    switch (event.type) {
      case "boot":
        this.pendingLogs.clear();
        return [
          {
            kind: "boot",
            t,
            reason: nameOf(ABI.bootReasons, event.fields.reason),
            abi: event.fields.abi,
            apps: event.fields.apps,
          },
        ];
      case "app-info":
        this.appNames.set(event.fields.app, event.fields.name);
        return [{ kind: "app-info", t, app: event.fields.name, index: event.fields.app }];
      case "app-start":
        return [
          {
            kind: "app-start",
            t,
            app: this.appName(event.fields.app),
            reason: nameOf(ABI.startReasons, event.fields.reason),
          },
        ];
      case "log":
        return this.log(t, event.fields.app, event.fields.flags, event.fields.text);
      case "app-fault":
        return [
          ...this.flushLog(event.fields.app),
          {
            kind: "app-fault",
            t,
            app: this.appName(event.fields.app),
            class: nameOf(ABI.faultClasses, event.fields.class),
            pc: hex32(event.fields.pc),
            addr: hex32(event.fields.addr),
            lr: hex32(event.fields.lr),
            ...(event.fields.text === "" ? {} : { text: event.fields.text }),
          },
        ];
      case "app-restart":
        return [
          {
            kind: "app-restart",
            t,
            app: this.appName(event.fields.app),
            count: event.fields.count,
            delay: event.fields.delay,
          },
        ];
      case "app-exit":
        return [
          ...this.flushLog(event.fields.app),
          { kind: "app-exit", t, app: this.appName(event.fields.app), code: event.fields.code },
        ];
      case "app-stopped":
        return [
          ...this.flushLog(event.fields.app),
          { kind: "app-stopped", t, app: this.appName(event.fields.app) },
        ];
      case "watchdog-reset":
        return [{ kind: "watchdog-reset", t }];
      case "state-save":
      case "state-restore":
        return [{ kind: event.type, t, app: this.appName(event.fields.app), bytes: event.fields.bytes }];
      case "state-damage":
        // The kernel puts the store's damage flags (rg_state.h RG_STATE_DAMAGE_*) in `sectors`.
        return [
          { kind: "state-damage", t, torn: event.fields.records, damage: damageNames(event.fields.sectors) },
        ];
      case "state-schema":
        return [
          {
            kind: "state-schema",
            t,
            app: this.appName(event.fields.app),
            saved: hex32(event.fields.saved),
            expected: hex32(event.fields.expected),
          },
        ];
      case "kernel-panic":
        return [
          {
            kind: "kernel-panic",
            t,
            pc: hex32(event.fields.pc),
            code: event.fields.code,
            text: event.fields.text,
          },
        ];
      case "all-done":
        return [...this.flushAllLogs(), { kind: "all-done", t }];
      case "measure":
        return [
          { kind: "measure", t, key: nameOf(ABI.measureKeys, event.fields.key), value: event.fields.value },
        ];
    }
  }

  /** Emits every unfinished log line (at the end of a session). */
  flushAllLogs(): HostEvent[] {
    return [...this.pendingLogs.keys()].flatMap((app) => this.flushLog(app));
  }

  private log(t: number, app: number, flags: number, text: string): HostEvent[] {
    const pending = this.pendingLogs.get(app);
    const joined = { t: pending?.t ?? t, text: (pending?.text ?? "") + text };
    if (flags & LOG_CONTINUES) {
      this.pendingLogs.set(app, joined);
      return [];
    }
    this.pendingLogs.delete(app);
    return [{ kind: "log", t: joined.t, app: this.appName(app), text: joined.text }];
  }

  private flushLog(app: number): HostEvent[] {
    const pending = this.pendingLogs.get(app);
    if (pending === undefined) return [];
    this.pendingLogs.delete(app);
    return [{ kind: "log", t: pending.t, app: this.appName(app), text: pending.text }];
  }
}
