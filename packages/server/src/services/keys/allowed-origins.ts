import { ProblemError } from '../../http/problem-error.js';

/** The allowed-origin entry that stands for the server's own origin (its demo page). */
export const SELF_ORIGIN = "'self'";

/**
 * Checks and normalises allowed origins to the form browsers send in `Origin` (`https://example.com`,
 * lower case, no default port, no trailing slash); reports each bad entry with its JSON pointer.
 */
export function normalizeOrigins(origins: readonly string[], pointer = '/allowedOrigins'): string[] {
  const errors: { pointer: string; detail: string }[] = [];
  const normalized = origins.map((origin, index) => {
    if (origin === SELF_ORIGIN) return origin;
    try {
      const url = new URL(origin);
      const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
      if ((url.protocol === 'https:' || url.protocol === 'http:') && bare) return url.origin;
    } catch {
      // Reported below, like any other bad entry.
    }
    errors.push({
      pointer: `${pointer}/${index}`,
      detail: "must be an origin such as https://example.com (scheme and host, no path) or 'self'.",
    });
    return origin;
  });
  if (errors.length > 0) {
    throw new ProblemError(400, 'Some allowed origins are not origins; see errors[] for each one to fix.', {
      code: 'invalid_request',
      errors,
    });
  }
  return [...new Set(normalized)];
}

/**
 * Whether a browser at `origin` may use a key that allows `allowed`. Deny by default: an empty list
 * allows nothing, and `'self'` matches only the server's own origin.
 */
export function originAllowed(allowed: readonly string[], origin: string, selfOrigin: string): boolean {
  return allowed.some((entry) => entry === origin || (entry === SELF_ORIGIN && origin === selfOrigin));
}
