let x = 1;
console.log(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, 0.1, 0.2, 0.30000000000000004, 1e21, 1e-7, 123456789, 987654321, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 12345.6789);
console.log("a very long string that keeps going and going past any small buffer the runtime might keep on its stack, and then some more text to be sure that it is split into several pieces on the wire", x);
for (let i = 0; i < 5; i++) x = x * 123.456;
console.log(`${x}${x}${x}${x}${x}${x}${x}${x}${x}${x}${x}${x}`);
