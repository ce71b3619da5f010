import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token: `prefix` plus 32 random bytes in base64url (256 bits). */
export const randomToken = (prefix: string): string => prefix + randomBytes(32).toString('base64url');

/**
 * SHA-256 (hex) of a token. Tokens are random 256-bit values, not passwords, so a fast hash is
 * right: nothing to brute-force, and lookups by hash stay cheap on every request.
 */
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
