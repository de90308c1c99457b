// Validates parsed JSON against one of the build library's JSON schemas and reports the first problem.
//
// Board and app manifests share this: ajv does the checking, and this file turns ajv's error objects
// into a dotted field path plus a sentence a person can act on, wrapped in the caller's error class.
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";

import type { BuildError } from "./errors.ts";

const ajv = new Ajv({ allErrors: false, useDefaults: false, strict: false });
const compiled = new Map<object, ValidateFunction>();

/** Dotted path of the field an ajv error is about (`restart.maxRestarts`, or `(top level)`). */
function fieldOf(error: ErrorObject): string {
  const parts = error.instancePath.split("/").slice(1);
  if (error.keyword === "required") {
    parts.push(String((error.params as { missingProperty: string }).missingProperty));
  }
  if (error.keyword === "additionalProperties") {
    parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
  }
  return parts.length === 0 ? "(top level)" : parts.join(".");
}

function sentenceOf(error: ErrorObject): string {
  switch (error.keyword) {
    case "required":
      return "is required but missing";
    case "additionalProperties":
      return "is not a known field";
    case "enum":
      return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return error.message ?? "is invalid";
  }
}

/**
 * Checks `value` against `schema`; on failure throws `makeError(field, message)` for the first error.
 */
export function checkSchema(
  schema: object,
  value: unknown,
  makeError: (field: string, message: string) => BuildError,
): void {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(value)) return;
  const first = validate.errors?.[0];
  if (first === undefined) throw makeError("(top level)", "is invalid");
  throw makeError(fieldOf(first), sentenceOf(first));
}

/** Reads and parses a JSON file; throws `makeError` with the parse message when it is not JSON. */
export function parseJson(
  text: string,
  makeError: (field: string, message: string) => BuildError,
): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw makeError("(top level)", `is not valid JSON (${(error as Error).message})`);
  }
}
