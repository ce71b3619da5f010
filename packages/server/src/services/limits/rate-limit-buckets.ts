import type { Principal } from '../../http/auth/principal.js';
import type { BucketRule, Limits } from './limits.js';

/** Which kind of caller a bucket counts. */
export type LimitScope = 'ip' | 'key' | 'end-user';

/** One bucket a request draws from. */
export interface BucketRef {
  scope: LimitScope;
  /** Store key, unique across scopes. */
  key: string;
  rule: BucketRule;
}

/**
 * The buckets a request draws from, most specific first, so that a caller refused by its own bucket
 * does not also drain the shared ones behind it:
 * - an end user of an embedded assistant: their own bucket, their IP's, then the publishable key's;
 * - a secret key: the key's bucket only (a server's IP is shared by all its users);
 * - a signed-in person: a bucket per person, under the key rule;
 * - nobody identified: the IP's bucket.
 * Rules that the limits leave out are not applied.
 */
export function rateLimitBuckets(principal: Principal | undefined, ip: string, limits: Limits): BucketRef[] {
  const { requests } = limits;
  const candidates: [LimitScope, string, BucketRule | undefined][] = [];
  switch (principal?.kind) {
    case undefined:
      candidates.push(['ip', `ip:${ip}`, requests.ip]);
      break;
    case 'secret-key':
      candidates.push(['key', `key:${principal.keyId}`, requests.key]);
      break;
    case 'user':
      candidates.push(['key', `user:${principal.userId}`, requests.key]);
      break;
    case 'publishable-key':
      if (principal.endUserId !== undefined) {
        const endUser = `end-user:${principal.assistantId}:${principal.endUserId}`;
        candidates.push(['end-user', endUser, requests.endUser]);
      }
      candidates.push(['ip', `ip:${ip}`, requests.ip], ['key', `key:${principal.keyId}`, requests.key]);
      break;
  }
  return candidates.flatMap(([scope, key, rule]) => (rule ? [{ scope, key, rule }] : []));
}
