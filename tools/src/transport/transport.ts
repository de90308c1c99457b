// The one interface every byte source implements: QEMU's socket, a native process, a serial port, a mock.
//
// A transport delivers the device's bytes to one consumer and says once, with a reason, when the stream has
// ended. `close()` must be safe to call at any time and more than once, and must leave no process behind.

/** Why a transport's stream ended. */
export interface TransportEnd {
  /** `exit`: the device process ended; `closed`: the stream was closed by us; `lost`: it disappeared. */
  readonly reason: "exit" | "closed" | "lost";
  /** Exit status of the device process, when there is one. */
  readonly exitCode?: number | null;
  /** Signal that ended the device process, when there is one. */
  readonly signal?: string | null;
  /** Human-readable detail (e.g. the last lines the process wrote on stderr). */
  readonly detail?: string;
}

/** Receives what a transport produces. */
export interface TransportHandlers {
  /** Bytes from the device, in order. */
  readonly data: (chunk: Uint8Array) => void;
  /** Called exactly once when the stream ends. */
  readonly end: (end: TransportEnd) => void;
}

/** A stream of device bytes. */
export interface Transport {
  /** What this transport talks to, for messages ("QEMU mps2-an385", "/dev/ttyACM0"). */
  readonly description: string;
  /** Starts the stream; resolves once bytes can flow, rejects with a RegenError when it cannot start. */
  open(handlers: TransportHandlers): Promise<void>;
  /** Stops the stream and anything behind it (kills processes). Idempotent. */
  close(): Promise<void>;
}
