// The host-side event: what `--json` prints (one per line) and what the human view renders.
//
// A host event is a flat JSON object with `kind` first, then `t` (device time in ms) and `app` (the app's
// name) where they apply, then the event's own fields with numeric codes turned into names. docs/CLI.md
// lists every kind; the kinds that come from the device are the event names of runtime-c/abi.json, plus
// `error` for what the host itself has to report.

/** A field value in a host event. */
export type HostValue = string | number;

/** One event for people or for NDJSON. */
export interface HostEvent {
  readonly kind: string;
  readonly t?: number;
  readonly app?: string;
  readonly [field: string]: HostValue | undefined;
}

/** Where events go: the NDJSON writer or the human renderer. */
export interface EventSink {
  write(event: HostEvent): void;
  /** Called once when the run or monitor session ends. */
  close?(): void;
}

/** A host-side `error` event (not from the device): what went wrong, in words. */
export function hostError(message: string, extra: Record<string, HostValue> = {}): HostEvent {
  return { kind: "error", message, ...extra };
}

/** A host-side `info` event: session notices such as "port disconnected". */
export function hostInfo(message: string): HostEvent {
  return { kind: "info", message };
}

/** `0x` plus eight hex digits, the form fault addresses take in host events. */
export function hex32(value: number): string {
  return `0x${(value >>> 0).toString(16).padStart(8, "0")}`;
}
