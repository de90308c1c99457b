// hog: keeps every string it makes in one growing array until its 4 KiB heap is full.
//
// Every 5 ms it adds a few strings, so the heap fills over several callbacks while another app logs on
// its own schedule. Nothing is ever dropped, so the collector cannot help: the allocation that finds the
// heap full after a collection is an `out-of-memory` fault, and the kernel restarts the app (with a fresh
// heap) per app.json until its restart limit stops it.
import { startInfo } from "regen";

const kept: string[] = [];

function grow(): void {
  for (let k = 0; k < 4; k++) kept.push(`hog string ${kept.length}, `.padEnd(24, "#"));
  setTimeout(grow, 5);
}

console.log(`hog start ${startInfo().restarts} after ${startInfo().fault}`);
setTimeout(grow, 5);
