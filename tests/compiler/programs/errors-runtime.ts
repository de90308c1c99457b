// @qemu
// Errors the runtime throws are ordinary exceptions: caught, tested with instanceof, their message read.
function repeatSafely(text: string, times: number): string {
  try {
    return text.repeat(times);
  } catch (e) {
    if (e instanceof RangeError) return "RangeError: " + e.message;
    return "other error";
  }
}
console.log(repeatSafely("ab", 3));
console.log(repeatSafely("ab", -1));
console.log(repeatSafely("", 0) === "");

let caught = 0;
for (let i = -2; i <= 2; i++) {
  try {
    console.log(i, "x".repeat(i).length);
  } catch (e) {
    caught++;
    console.log(i, e instanceof RangeError, e instanceof TypeError, e instanceof Error);
  }
}
console.log("caught", caught);
