import { describe, expect, it } from 'vitest';
import { rateLimitBuckets } from './rate-limit-buckets.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';

const scopes = (...args: Parameters<typeof rateLimitBuckets>) => rateLimitBuckets(...args).map((b) => b.key);

describe('rateLimitBuckets', () => {
  it('limits anonymous callers by IP only', () => {
    expect(scopes(undefined, '10.0.0.1', DEFAULT_LIMITS)).toEqual(['ip:10.0.0.1']);
  });

  it('limits a secret key by the key, whatever the IP', () => {
    const principal = { kind: 'secret-key', keyId: 'k1', workspaceId: 'w' } as const;
    expect(scopes(principal, '10.0.0.1', DEFAULT_LIMITS)).toEqual(['key:k1']);
  });

  it('limits an end user first, then their IP, then the publishable key they share', () => {
    const principal = {
      kind: 'publishable-key',
      keyId: 'k2',
      workspaceId: 'w',
      assistantId: 'a',
      endUserId: 'u',
    } as const;
    expect(scopes(principal, '10.0.0.1', DEFAULT_LIMITS)).toEqual(['end-user:a:u', 'ip:10.0.0.1', 'key:k2']);
  });

  it('skips the rules the limits leave out', () => {
    const limits: Limits = { requests: { key: { capacity: 1, refillPerSecond: 1 } }, dailyTokens: {} };
    expect(scopes(undefined, '10.0.0.1', limits)).toEqual([]);
  });
});
