// size-report.test.ts: the linker-map reader charges library code to whoever pulled it into the link.
//
// A soft-float routine that only the app runtime calls must not count as kernel flash, and one that the
// kernel calls must; a member pulled in by another member follows that member's owner.
import assert from "node:assert/strict";

import { sizesFromMap, type SizeOwner } from "../../tools/src/build/size-report.ts";

const map = `Archive member included to satisfy reference by file (symbol)

/lib/libgcc.a(_arm_cmpdf2.o)
                              /obj/rt_arr.o (__aeabi_dcmpeq)
/lib/libgcc.a(_arm_muldivdf3.o)   /lib/libgcc.a(_arm_cmpdf2.o) (__aeabi_ddiv)
/lib/libc.a(memcpy.o)
                              /obj/kernel.o (memcpy)

Discarded input sections

Linker script and memory map

.text           0x00000000     0x1000
 .text          0x00000000      0x100 /obj/kernel.o
 .text          0x00000100       0x40 /obj/rt_arr.o
 .text.__aeabi_dcmpeq
                0x00000140       0x20 /lib/libgcc.a(_arm_cmpdf2.o)
 .text          0x00000160       0x10 /lib/libgcc.a(_arm_muldivdf3.o)
 .text          0x00000170        0x8 /lib/libc.a(memcpy.o)
.bss            0x20000000       0x30
 .bss           0x20000000       0x30 /obj/kernel.o
`;

const owners = new Map<string, SizeOwner>([["/obj/rt_arr.o", { kind: "runtime" }]]);

describe("tools: firmware size report", () => {
  it("charges library members to the part that referenced them", () => {
    const sizes = sizesFromMap(map, (object) => owners.get(object), 0);
    // kernel: its own 0x100 and memcpy's 0x8; runtime: 0x40 + cmpdf2 0x20 + muldivdf3 0x10 (via cmpdf2).
    assert.deepEqual(sizes.kernel, { flash: 0x108, ram: 0x30 });
    assert.deepEqual(sizes.runtime, { flash: 0x70, ram: 0 });
  });
});
