// @qemu
// User classes extending Error: super(message), their own name and fields, instanceof along the chain.
class ValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "ValidationError";
  }
}

class RangeCheckError extends ValidationError {
  constructor(
    field: string,
    readonly limit: number,
  ) {
    super(field, `${field} is above ${limit}`);
    this.name = "RangeCheckError";
  }
}

function validate(field: string, n: number): number {
  if (n < 0) throw new ValidationError(field, "negative: " + n);
  if (n > 100) throw new RangeCheckError(field, 100);
  if (n === 13) throw new TypeError("unlucky");
  return n;
}

const inputs = [5, -2, 250, 13, 42];
for (let i = 0; i < inputs.length; i++) {
  const n = inputs[i] ?? 0;
  try {
    console.log("ok", validate("v" + i, n));
  } catch (e) {
    if (e instanceof RangeCheckError) {
      console.log("range", e.name, e.message, e.field, e.limit, e instanceof ValidationError, e instanceof Error);
    } else if (e instanceof ValidationError) {
      console.log("validation", e.name, e.message, e.field, e instanceof RangeCheckError);
    } else if (e instanceof Error) {
      console.log("other", e.name, e.message, e instanceof ValidationError);
    }
  }
}

const plain = new ValidationError("x", "made, not thrown");
console.log(plain.message, plain.name, plain.field, plain instanceof TypeError);
