import type { Middleware } from 'koa';
import { ProblemError } from './problem-error.js';

/** RFC 6901: `~` and `/` inside a token are escaped. */
const escapeToken = (token: string) => token.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The JSON Pointer of the first object or array nested deeper than `maxDepth` (the top-level value
 * is depth 1), or `undefined` when the value is shallow enough. Iterative, so a hostile body cannot
 * overflow the stack of the check meant to stop it.
 */
export function tooDeepPointer(value: unknown, maxDepth: number): string | undefined {
  const pending: { value: unknown; depth: number; pointer: string }[] = [{ value, depth: 1, pointer: '' }];
  while (pending.length > 0) {
    const { value: current, depth, pointer } = pending.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    if (depth > maxDepth) return pointer || '/';
    const entries = Array.isArray(current) ? [...current.entries()] : Object.entries(current);
    // Pushed last to first, so the first too-deep value in document order is found first.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (typeof child === 'object' && child !== null)
        pending.push({ value: child, depth: depth + 1, pointer: `${pointer}/${escapeToken(String(key))}` });
    }
  }
  return undefined;
}

/** Refuses parsed JSON bodies nested deeper than `maxDepth` with a 400 that points at the spot. */
export function limitJsonDepth(maxDepth: number): Middleware {
  return async (ctx, next) => {
    const pointer = tooDeepPointer(ctx.request.body, maxDepth);
    if (pointer !== undefined) {
      throw new ProblemError(
        400,
        `The JSON body nests deeper than ${maxDepth} levels; flatten the structure at the pointer in errors[].`,
        {
          code: 'json_too_deep',
          errors: [{ pointer, detail: `is nested deeper than ${maxDepth} levels.` }],
        },
      );
    }
    await next();
  };
}
