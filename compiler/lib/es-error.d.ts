// es-error.d.ts: Error and its built-in subclasses, as regen apps see them.
//
// Errors are runtime objects (rg_throw.h) with two properties, `message` and `name`; apps throw them,
// catch them, test them with instanceof and extend them with their own classes (`class MyError extends
// Error`). There is no `stack`: a board has no JavaScript stack trace (an uncaught exception's fault names
// the TypeScript line instead).

declare class Error {
  /** An Error whose message is `message` ("" when omitted). */
  constructor(message?: string);
  /** The class's name ("Error", "TypeError", ...); a subclass may assign its own. */
  name: string;
  message: string;
}
/** A value is not of the expected type (e.g. reading a property of null). */
declare class TypeError extends Error {}
/** A number is outside the allowed range (e.g. `"x".repeat(-1)`). */
declare class RangeError extends Error {}
/** Text could not be parsed. */
declare class SyntaxError extends Error {}
