// Layered device configuration as apps write it with modern syntax: defaults, a stored profile and
// command-line style overrides merged with object spread, destructuring parameters with defaults,
// `??=` / `||=` to fill gaps, switch over string keys to validate, and a diff of what changed.
interface Net {
  ssid: string;
  channel: number;
  power: number;
}
interface Config {
  name: string;
  mode: "eco" | "normal" | "boost";
  interval: number;
  net: Net;
  tags: string[];
  note?: string;
}

interface NetPatch {
  ssid?: string;
  channel?: number;
  power?: number;
}
interface Patch {
  name?: string;
  mode?: "eco" | "normal" | "boost";
  interval?: number;
  net?: NetPatch;
  tags?: string[];
  note?: string;
}

const defaults: Config = {
  name: "node",
  mode: "normal",
  interval: 60,
  net: { ssid: "factory", channel: 6, power: 10 },
  tags: ["default"],
};

function merge(base: Config, over: Patch, net: NetPatch = {}): Config {
  return {
    ...base,
    ...over,
    net: { ...base.net, ...(over.net ?? {}), ...net },
    tags: [...base.tags, ...(over.tags ?? [])],
  };
}

function describe({ name, mode, interval, net: { ssid, channel } }: Config, verbose = false): string {
  const base = `${name}[${mode}] every ${interval}s on ${ssid}#${channel}`;
  return verbose ? `${base} (${mode === "boost" ? "high power" : "standard"})` : base;
}

function validate(key: string, value: string): string {
  switch (key) {
    case "interval":
    case "channel": {
      const n = Number(value);
      return Number.isInteger(n) && n > 0 ? "ok" : `bad number for ${key}`;
    }
    case "mode":
      return value === "eco" || value === "normal" || value === "boost" ? "ok" : `unknown mode ${value}`;
    case "name":
      return value.trim() ? "ok" : "empty name";
    default:
      return `unknown key ${key}`;
  }
}

function diff(a: Config, b: Config): string[] {
  const out: string[] = [];
  if (a.name !== b.name) out.push(`name ${a.name}->${b.name}`);
  if (a.mode !== b.mode) out.push(`mode ${a.mode}->${b.mode}`);
  if (a.interval !== b.interval) out.push(`interval ${a.interval}->${b.interval}`);
  if (a.net.ssid !== b.net.ssid) out.push(`net.ssid ${a.net.ssid}->${b.net.ssid}`);
  if (a.net.channel !== b.net.channel) out.push(`net.channel ${a.net.channel}->${b.net.channel}`);
  if (a.net.power !== b.net.power) out.push(`net.power ${a.net.power}->${b.net.power}`);
  if (a.tags.join() !== b.tags.join()) out.push(`tags +${b.tags.length - a.tags.length}`);
  return out;
}

const profile = merge(defaults, { name: "roof-7", mode: "eco", tags: ["outdoor"] }, { ssid: "plant-net" });
const boosted = merge(profile, { mode: "boost", interval: 5 }, { power: 20, channel: 11 });
console.log(describe(defaults), "|", describe(profile, true), "|", describe(boosted, true));
console.log(JSON.stringify(boosted), defaults.net, profile.tags === defaults.tags);
console.log(diff(defaults, profile), diff(profile, boosted), diff(boosted, boosted));
const pairs: [string, string][] = [
  ["interval", "30"],
  ["interval", "-1"],
  ["mode", "turbo"],
  ["name", "  "],
  ["colour", "red"],
  ["channel", "13"],
];
console.log(pairs.map(([k, v]) => `${k}=${JSON.stringify(v)}: ${validate(k, v)}`));
const partial: Patch = {};
partial.name ??= "unnamed";
partial.interval ||= 30;
partial.note ??= "filled later";
partial.name ??= "ignored";
console.log(partial, merge(defaults, partial).note);
