// Parsing URLs and query strings for a device's tiny HTTP config endpoint: scheme/host/port/path split,
// percent-decoding with fromCharCode, '+' as space, repeated keys collected into arrays in a Map,
// building a query back with percent-encoding, and validation errors.
interface Url {
  scheme: string;
  host: string;
  port: number;
  path: string;
  query: Map<string, string[]>;
  fragment: string;
}

function hexValue(c: string): number {
  const code = c.toLowerCase().charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function decode(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "+") out += " ";
    else if (
      c === "%" &&
      i + 2 < s.length + 0 &&
      hexValue(s.charAt(i + 1)) >= 0 &&
      hexValue(s.charAt(i + 2)) >= 0
    ) {
      out += String.fromCharCode(hexValue(s.charAt(i + 1)) * 16 + hexValue(s.charAt(i + 2)));
      i += 2;
    } else out += c;
  }
  return out;
}

function encode(s: string): string {
  const safe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";
  let out = "";
  for (const ch of s) {
    if (safe.includes(ch)) out += ch;
    else if (ch === " ") out += "+";
    else {
      const code = ch.charCodeAt(0);
      out += code < 256 ? "%" + code.toString(16).toUpperCase().padStart(2, "0") : "%3F";
    }
  }
  return out;
}

function parseQuery(q: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  if (q === "") return m;
  for (const part of q.split("&")) {
    if (part === "") continue;
    const eq = part.indexOf("=");
    const k = decode(eq < 0 ? part : part.slice(0, eq));
    const v = eq < 0 ? "" : decode(part.slice(eq + 1));
    const list = m.get(k);
    if (list === undefined) m.set(k, [v]);
    else list.push(v);
  }
  return m;
}

function parseUrl(text: string): Url {
  const se = text.indexOf("://");
  if (se <= 0) throw new SyntaxError(`no scheme in '${text}'`);
  const scheme = text.slice(0, se).toLowerCase();
  let rest = text.slice(se + 3);
  let fragment = "";
  const hash = rest.indexOf("#");
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf("?");
  const query = qm >= 0 ? rest.slice(qm + 1) : "";
  if (qm >= 0) rest = rest.slice(0, qm);
  const slash = rest.indexOf("/");
  const hostPort = slash >= 0 ? rest.slice(0, slash) : rest;
  const path = slash >= 0 ? rest.slice(slash) : "/";
  const colon = hostPort.lastIndexOf(":");
  let port = scheme === "https" ? 443 : 80;
  let host = hostPort;
  if (colon >= 0) {
    port = parseInt(hostPort.slice(colon + 1), 10);
    host = hostPort.slice(0, colon);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError(`bad port in '${text}'`);
  }
  if (host === "") throw new SyntaxError(`empty host in '${text}'`);
  return {
    scheme: scheme,
    host: host.toLowerCase(),
    port: port,
    path: decode(path),
    query: parseQuery(query),
    fragment: fragment,
  };
}

function buildQuery(m: Map<string, string[]>): string {
  const parts: string[] = [];
  m.forEach((vs, k) => vs.forEach((v) => parts.push(`${encode(k)}=${encode(v)}`)));
  return parts.join("&");
}

const inputs = [
  "http://Sensor.local:8080/config?rate=10&mode=fast&tag=a&tag=b%20c#top",
  "https://example.org/a%2Fb/c?q=hello+world&empty=&flag&x=%41%42%zz",
  "HTTP://host/",
  "ftp://h:0/x",
  "http://:80/",
  "nohost",
  "https://h:99999",
  "http://h:abc/",
  "mqtt://broker:1883?client=node-7&&qos=1",
];
for (const s of inputs) {
  try {
    const u = parseUrl(s);
    console.log(
      u.scheme,
      u.host,
      u.port,
      JSON.stringify(u.path),
      u.fragment === "" ? "-" : u.fragment,
      u.query.size,
      buildQuery(u.query),
    );
    for (const [k, v] of u.query) console.log("   ", JSON.stringify(k), v);
  } catch (e) {
    console.log(e instanceof Error ? `${e.name}: ${e.message}` : "?");
  }
}
console.log(
  encode("a b&c=d/é€~"),
  decode(encode("100% sure & done")),
  decode("%"),
  decode("%4"),
  decode("%41%4"),
);
