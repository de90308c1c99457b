// Makes a fresh machine ready for regen: Debian toolchain packages and npm packages.
//
// Both quick-start commands (`npm run demo`, `npm test`) run this first, so a new user needs nothing but
// Node.js. It installs the Debian packages when they are missing and we are root; otherwise it prints the exact
// command to run and stops. It runs `npm ci` when node_modules is missing or older than package-lock.json.
// Plain JavaScript with no dependencies, because it runs before any npm package is installed.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// Each Debian package with a program that proves it is installed.
const debianPackages = [
  { pkg: "gcc-arm-none-eabi", probe: ["arm-none-eabi-gcc", "--version"] },
  { pkg: "libnewlib-arm-none-eabi", probe: null, file: "/usr/lib/arm-none-eabi/newlib" },
  { pkg: "qemu-system-arm", probe: ["qemu-system-arm", "--version"] },
  { pkg: "binutils", probe: ["addr2line", "--version"] },
  { pkg: "gcc", probe: ["gcc", "--version"] },
];
// `--tests` adds what only the test suite needs: the JavaScript interpreters and valgrind that the benchmark
// checks compare against (tests/bench).
if (process.argv.includes("--tests")) {
  debianPackages.push(
    { pkg: "duktape", probe: null, file: "/usr/bin/duk" },
    { pkg: "mujs", probe: null, file: "/usr/bin/mujs" },
    { pkg: "valgrind", probe: ["valgrind", "--version"] },
  );
}

function have(entry) {
  if (entry.file) return existsSync(entry.file);
  const result = spawnSync(entry.probe[0], entry.probe.slice(1), { stdio: "ignore" });
  return result.status === 0;
}

function ensureDebianPackages() {
  const missing = debianPackages.filter((entry) => !have(entry)).map((entry) => entry.pkg);
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(" ")}`;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot) {
    console.error(`regen needs these Debian packages: ${missing.join(", ")}.`);
    console.error(`Install them with:\n\n  sudo sh -c '${command}'\n`);
    process.exit(1);
  }
  console.error(`setup: installing ${missing.join(" ")} (apt-get)…`);
  execFileSync("sh", ["-c", command], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

function ensureNpmPackages() {
  const modules = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(modules) && statSync(modules).mtimeMs >= statSync(lock).mtimeMs) return;
  console.error("setup: installing npm packages (npm ci)…");
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
  });
}

ensureDebianPackages();
ensureNpmPackages();
