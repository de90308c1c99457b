// @qemu
// Optional properties, optional chaining on nested properties, ?? defaults
interface Tls {
  cert: string;
  key?: string;
}
interface Config {
  name: string;
  port?: number;
  tls?: Tls;
}
const configs: Config[] = [
  { name: "a" },
  { name: "b", port: 0, tls: { cert: "c.pem" } },
  { name: "c", port: 8080, tls: { cert: "x", key: "k" } },
];
for (const c of configs) {
  const port = c.port ?? 80;
  const key = c.tls?.key ?? "none";
  console.log(c.name, port, c.port === undefined, c.tls?.cert, key, (c.tls?.cert ?? "").length);
}
console.log(configs[0], configs[2]);
const full: Config = { name: "f", port: 2, tls: { cert: "early" } };
full.port = 1;
console.log(full, full.tls?.key ?? "no key");
const maybe: string | undefined = configs[1]?.tls?.cert;
console.log(maybe?.length, maybe ?? "default", configs[5]?.name ?? "no fifth");
