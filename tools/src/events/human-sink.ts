// Host events for people: device time, app name, what happened, a fault with its TypeScript line.
//
// Each event is one line (a fault adds the source line under it) with the time in seconds, the app name
// padded to a column and given its own colour, and a short phrase. Boots, watchdog resets, faults and
// restarts stand out so a crash loop can be read at a glance.
import type { Writable } from "node:stream";

import { makePalette, type Palette } from "./colors.ts";
import type { EventSink, HostEvent } from "./host-event.ts";
import { SourceLines } from "./source-resolver.ts";

const NAME_WIDTH = 8;

/** Renders events as human-readable lines. */
export class HumanSink implements EventSink {
  private readonly appColors = new Map<string, number>();
  private readonly lines = new SourceLines();

  constructor(
    private readonly out: Writable = process.stdout,
    private readonly palette: Palette = makePalette(false),
  ) {}

  write(event: HostEvent): void {
    // App names already show on every line, and measurements are for the bench: both only in --json.
    if (event.kind === "app-info" || event.kind === "measure") return;
    this.out.write(`${this.format(event)}\n`);
  }

  /** The text for one event (several lines for a fault with a known source). */
  format(event: HostEvent): string {
    const p = this.palette;
    const time = p.dim(
      typeof event.t === "number" ? (event.t / 1000).toFixed(3).padStart(9) : "".padStart(9),
    );
    const who =
      event.kind === "info" || event.kind === "error"
        ? this.palette.dim("regen".padEnd(NAME_WIDTH))
        : this.who(event.app);
    const line = `${time}  ${who}  ${this.describe(event)}`;
    const source = typeof event["source"] === "string" ? event["source"] : undefined;
    if (event.kind !== "app-fault" || source === undefined) return line;
    const text = this.sourceText(source);
    return text === undefined ? line : `${line}\n${"".padStart(9 + 2 + NAME_WIDTH + 2)}${text}`;
  }

  private who(app: string | undefined): string {
    const p = this.palette;
    if (app === undefined) return p.dim("kernel".padEnd(NAME_WIDTH));
    let index = this.appColors.get(app);
    if (index === undefined) {
      index = this.appColors.size;
      this.appColors.set(app, index);
    }
    const style = p.apps[index % p.apps.length] ?? ((s: string) => s);
    return style(app.padEnd(NAME_WIDTH));
  }

  private describe(event: HostEvent): string {
    const p = this.palette;
    const f = (name: string): string => String(event[name] ?? "");
    switch (event.kind) {
      case "boot":
        return p.bold(p.cyan(`── boot (${f("reason")}) ── abi ${f("abi")}, ${f("apps")} app(s)`));
      case "app-info":
        return p.dim(`is app #${f("index")}`);
      case "app-start":
        return p.green(`started (${f("reason")})`);
      case "log":
        return f("text");
      case "app-fault": {
        const where = event["source"] === undefined ? "" : `  at ${p.bold(f("source"))}`;
        const text = event["text"] === undefined ? "" : `: ${f("text")}`;
        const lr = event["lr"] === undefined ? "" : ` lr ${f("lr")}`;
        return `${p.bold(p.red(`FAULT ${f("class")}`))}${text}${where}  ${p.dim(`pc ${f("pc")}${lr} addr ${f("addr")}`)}`;
      }
      case "app-restart":
        return p.yellow(`restart #${f("count")} in ${f("delay")} ms`);
      case "app-exit":
        return p.green(`exited with code ${f("code")}`);
      case "app-stopped":
        return p.bold(p.red("stopped: restart limit reached"));
      case "watchdog-reset":
        return p.bold(p.magenta("WATCHDOG RESET: the previous run hung and the chip was reset"));
      case "kernel-panic":
        return p.bold(
          p.magenta(`KERNEL PANIC in the previous run: ${f("text")} (code ${f("code")}, pc ${f("pc")})`),
        );
      case "state-save":
        return p.dim(`state saved (${f("bytes")} bytes)`);
      case "state-restore":
        return p.dim(`state restored (${f("bytes")} bytes)`);
      case "all-done":
        return p.dim("all apps have ended");
      case "measure":
        return p.dim(`measure ${f("key")} = ${f("value")}`);
      case "error":
        return p.red(`error: ${f("message")}`);
      case "info":
        return p.yellow(f("message"));
      default:
        return JSON.stringify(event);
    }
  }

  private sourceText(source: string): string | undefined {
    const match = /^(.*):(\d+)$/.exec(source);
    if (match === null || match[1] === undefined || match[2] === undefined) return undefined;
    const text = this.lines.get(match[1], Number(match[2]));
    if (text === undefined) return undefined;
    return `${this.palette.dim(`${match[2]} │`)} ${text.trim()}`;
  }
}
