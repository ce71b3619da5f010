import { TesseraError } from '../core/errors.js';

/**
 * Tag for request paths: encodes each interpolated value as one path segment, so an id can neither
 * add segments nor climb with `..`.
 *
 * @example path`/v1/keys/${id}/rotate`
 */
export function path(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce((out, text, i) => {
    const value = values[i - 1]!;
    if (value === '.' || value === '..' || value === '') {
      throw new TesseraError(
        `A path parameter cannot be ${JSON.stringify(value)}. Pass the id of the resource.`,
      );
    }
    return out + encodeURIComponent(value) + text;
  });
}
