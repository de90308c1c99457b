// Fault program counters → TypeScript `file:line`, through the firmware's debug info.
//
// The compiler emits `#line` directives, so the ELF's line table points straight at the app's .ts file.
// A fault whose pc lies outside app code (board C, the runtime, or 0 when the kernel lost it) is placed by
// its lr instead: the return address of the call from app code that led to it (resolveFault).
// One addr2line process per session answers every lookup, so a crash loop costs no process spawns. It runs
// with `-a -i`: each answer starts with the address echoed back and lists the whole inline chain, innermost
// first, so a fault inside a helper inlined into app code still finds the app's TypeScript line. Each lookup
// is followed by a sentinel address (0, echoed as a zero address), which marks where its answer ends.
// Source lines are read from disk once per file for the human view.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

import { trackChild } from "../run/child-registry.ts";

/** A resolved source position. */
export interface SourceLocation {
  /** The file as the user should see it: relative to the working directory when inside it. */
  readonly file: string;
  readonly line: number;
}

/** Resolves addresses with one long-lived addr2line process. */
export class SourceResolver {
  private process: ChildProcessWithoutNullStreams | null = null;
  private readonly waiting: ((answer: string[] | null) => void)[] = [];
  private answer: string[] = [];
  private inSentinel = false;
  private readonly cache = new Map<number, Promise<SourceLocation | null>>();
  private failed = false;

  /**
   * @param elf the firmware ELF with debug info
   * @param addr2line the addr2line program for the ELF's architecture
   * @param cwd the directory paths are shown relative to
   * @param thumb the ELF is Arm Thumb code: bit 0 of an address (set in return addresses) is not part of
   *   it, and a call instruction is 2 or 4 bytes (x86 otherwise: a return address is stepped back 1 byte)
   * @param aliases absolute file → file to show instead. With gcc 12's DWARF 5 on the host, binutils 2.40
   *   names the generated .c file for code under `#line` (with the right .ts line numbers), so the native
   *   board maps each app's C file back to its .ts file.
   */
  constructor(
    private readonly elf: string,
    private readonly addr2line: string,
    private readonly cwd: string = process.cwd(),
    private readonly thumb = false,
    private readonly aliases: ReadonlyMap<string, string> = new Map(),
  ) {}

  /**
   * The source position of the instruction at `address` (a fault pc), or null when the ELF has no line
   * for it, the address is 0 (unknown), or addr2line is missing.
   */
  resolve(address: number): Promise<SourceLocation | null> {
    // In Thumb code bit 0 of a code address is the state bit, not part of the address.
    return this.cached((this.thumb ? address & ~1 : address) >>> 0);
  }

  /**
   * The source position of the call that `returnAddress` returns past (a fault's lr), or null like
   * `resolve`. A return address points after the call, which may be the last instruction of its line or
   * even of its function (a call to a function that never returns), so it steps back into the call:
   * in Thumb code 2 bytes below the address without its state bit (inside a 4-byte `bl`, or onto a 2-byte
   * `blx`), elsewhere 1 byte.
   */
  resolveCallSite(returnAddress: number): Promise<SourceLocation | null> {
    if (returnAddress === 0) return Promise.resolve(null);
    return this.cached((this.thumb ? (returnAddress & ~1) - 2 : returnAddress - 1) >>> 0);
  }

  /**
   * Where a fault happened, for people: the pc's TypeScript line; else the TypeScript line of the call
   * site in `lr` (a fault inside board or runtime C reached from app code, a panic, a lost stack frame);
   * else whatever the pc or the lr maps to (a C line), or null.
   */
  async resolveFault(pc: number, lr: number): Promise<SourceLocation | null> {
    const [atPc, atCall] = await Promise.all([this.resolve(pc), this.resolveCallSite(lr)]);
    if (atPc?.file.endsWith(".ts") === true) return atPc;
    if (atCall?.file.endsWith(".ts") === true) return atCall;
    return atPc ?? atCall;
  }

  /** Ends the addr2line process. */
  close(): void {
    this.process?.stdin.end();
    this.process?.kill();
    this.process = null;
    for (const reply of this.waiting.splice(0)) reply(null);
  }

  private cached(address: number): Promise<SourceLocation | null> {
    // 0 is the sentinel of the addr2line protocol (and never code here), so it is never looked up.
    if (address === 0) return Promise.resolve(null);
    let found = this.cache.get(address);
    if (found === undefined) {
      found = this.lookup(address);
      this.cache.set(address, found);
    }
    return found;
  }

  private lookup(address: number): Promise<SourceLocation | null> {
    const child = this.start();
    if (child === null) return Promise.resolve(null);
    return new Promise<string[] | null>((resolve) => {
      this.waiting.push(resolve);
      child.stdin.write(`0x${address.toString(16)}\n0\n`);
    }).then((answer) => (answer === null ? null : this.pick(answer)));
  }

  private start(): ChildProcessWithoutNullStreams | null {
    if (this.process !== null) return this.process;
    if (this.failed) return null;
    const child = spawn(this.addr2line, ["-a", "-i", "-e", this.elf], { stdio: ["pipe", "pipe", "pipe"] });
    trackChild(child);
    child.on("error", () => {
      this.failed = true;
      this.close();
    });
    child.on("exit", () => {
      this.process = null;
      for (const reply of this.waiting.splice(0)) reply(null);
    });
    child.stdin.on("error", () => undefined);
    createInterface({ input: child.stdout }).on("line", (line) => this.onLine(line));
    this.process = child;
    return child;
  }

  private onLine(line: string): void {
    if (/^0x[0-9a-f]+$/i.test(line)) {
      if (/^0x0+$/.test(line)) {
        // The sentinel: the real answer is complete; its own "??:0" line follows.
        this.waiting.shift()?.(this.answer);
        this.answer = [];
        this.inSentinel = true;
      } else {
        this.answer = [];
        this.inSentinel = false;
      }
      return;
    }
    if (!this.inSentinel) this.answer.push(line);
  }

  /** The innermost TypeScript location of an inline chain, else its innermost known location. */
  private pick(chain: readonly string[]): SourceLocation | null {
    const locations = chain.map((line) => this.parse(line)).filter((where) => where !== null);
    return locations.find((where) => where.file.endsWith(".ts")) ?? locations[0] ?? null;
  }

  private parse(answer: string): SourceLocation | null {
    // "file:line", "file:line (discriminator n)", or "??:0" / "??:?" when unknown.
    const match = /^(.*):(\d+)(?: \(discriminator \d+\))?$/.exec(answer.trim());
    if (match === null || match[1] === undefined || match[2] === undefined) return null;
    const line = Number(match[2]);
    if (match[1] === "??" || line === 0) return null;
    const absolute = path.resolve(this.cwd, match[1]);
    const shown = this.aliases.get(absolute) ?? absolute;
    const relative = path.relative(this.cwd, shown);
    const file = relative.startsWith("..") || path.isAbsolute(relative) ? shown : relative;
    return { file, line };
  }
}

/** Reads source lines for the human view; files that cannot be read give undefined. */
export class SourceLines {
  private readonly files = new Map<string, string[] | null>();

  /** The text of `line` (1-based) of `file`, without its newline. */
  get(file: string, line: number): string | undefined {
    let lines = this.files.get(file);
    if (lines === undefined) {
      try {
        lines = readFileSync(file, "utf8").split(/\r?\n/);
      } catch {
        lines = null;
      }
      this.files.set(file, lines);
    }
    return lines?.[line - 1];
  }
}
