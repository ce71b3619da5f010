import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ProblemFieldError } from '@tessera/core';
import { ProblemError } from './problem-error.js';

// ajv-formats ships CommonJS with a default export; under NodeNext it arrives one level down.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

const MAX_REPORTED_ERRORS = 20;

function pointerOf(error: ErrorObject): string {
  const base = error.instancePath || '';
  if (error.keyword === 'additionalProperties') {
    return `${base}/${String((error.params as { additionalProperty: string }).additionalProperty)}`;
  }
  if (error.keyword === 'required') {
    return `${base}/${String((error.params as { missingProperty: string }).missingProperty)}`;
  }
  return base || '/';
}

function detailOf(error: ErrorObject): string {
  switch (error.keyword) {
    case 'additionalProperties':
      return 'is not a known field; remove it.';
    case 'required':
      return 'is required.';
    default:
      return error.message ?? 'is invalid.';
  }
}

/** Ajv failures as problem-details field errors, without the noise of schema combinators. */
export function toFieldErrors(errors: ErrorObject[]): ProblemFieldError[] {
  const seen = new Set<string>();
  const out: ProblemFieldError[] = [];
  for (const error of errors) {
    if (error.keyword === 'if' || error.keyword === 'oneOf' || error.keyword === 'anyOf') continue;
    const field = { pointer: pointerOf(error), detail: detailOf(error) };
    const key = field.pointer + field.detail;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(field);
    if (out.length === MAX_REPORTED_ERRORS) break;
  }
  return out;
}

/**
 * Compiles the JSON Schemas of `@tessera/core` once, at start-up, and checks request bodies against
 * them. A failure is a 400 problem whose `errors` point at each bad field.
 */
export class Validator {
  private readonly ajv = addFormats(new Ajv2020({ allErrors: true, strict: true, strictRequired: false }));
  // Path and query values arrive as strings; this instance turns "20" into 20 where a schema says so.
  private readonly coercing = addFormats(
    new Ajv2020({ allErrors: true, strict: true, strictRequired: false, coerceTypes: 'array' }),
  );
  private readonly compiled = new WeakMap<object, ValidateFunction>();
  private readonly compiledCoercing = new WeakMap<object, ValidateFunction>();

  /** The compiled validator of `schema`, compiled on first use and kept. */
  compile<T>(schema: object, coerce = false): ValidateFunction<T> {
    const cache = coerce ? this.compiledCoercing : this.compiled;
    let validate = cache.get(schema);
    if (!validate) {
      validate = (coerce ? this.coercing : this.ajv).compile(schema);
      cache.set(schema, validate);
    }
    return validate as ValidateFunction<T>;
  }

  /** Returns `value` typed as `T` if it matches `schema`; throws a 400 {@link ProblemError} if not. */
  assert<T>(schema: object, value: unknown, what = 'The request body'): T {
    return this.check(this.compile<T>(schema), value, what);
  }

  /** Like {@link assert}, for path and query values: strings are coerced to the schema's types. */
  assertCoerced<T>(schema: object, value: unknown, what: string): T {
    return this.check(this.compile<T>(schema, true), value, what);
  }

  private check<T>(validate: ValidateFunction<T>, value: unknown, what: string): T {
    if (validate(value)) return value;
    const errors = toFieldErrors(validate.errors ?? []);
    throw new ProblemError(400, `${what} does not match the schema; see errors[] for each field to fix.`, {
      code: 'invalid_request',
      errors,
    });
  }
}
