// @qemu
const s = "  Hello, World  ";
const t = s.trim();
console.log(t, t.length, t.toUpperCase(), t.toLowerCase());
console.log(t.indexOf("World"), t.slice(0, 5), t.substring(7), t[0], t.charCodeAt(1));
console.log(t.split(", "), t.startsWith("Hell"), t.endsWith("!"), t.includes("lo, W"));
console.log("7".padStart(3, "0"), "ab".repeat(3), String.fromCharCode(72, 105));
console.log(String(42), (3.14159).toFixed(2), parseInt("ff", 16), parseFloat("2.5e3"));
let out = "";
for (const ch of "héllo") out = ch + out;
console.log(out);
const parts: string[] = [];
for (let i = 0; i < 4; i++) parts.push(`#${i}`);
console.log(parts.join(" "));
console.log("b" > "a", "abc" < "abd", "x" + "y" === "xy");
