import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt with N = 2^15, r = 8, p = 1: memory-hard (32 MiB per hash) and about 50–100 ms on a
 * server core. The parameters are stored with each hash, so they can be raised later and old hashes
 * still verify.
 */
const COST_LOG2 = 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_LENGTH = 32;
/** Highest cost accepted from a stored hash, so a tampered row cannot make one login eat gigabytes. */
const MAX_COST_LOG2 = 20;

function derive(password: string, salt: Buffer, costLog2: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = {
    N: 2 ** costLog2,
    r,
    p,
    // scrypt needs 128·N·r bytes; Node's default limit (32 MiB) is exactly that for our cost, so allow
    // headroom rather than fail.
    maxmem: 256 * 2 ** costLog2 * r,
  };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** Hashes a password as `scrypt$<log2 N>$<r>$<p>$<salt>$<hash>` (base64url), with a fresh salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST_LOG2, BLOCK_SIZE, PARALLELISM);
  return [
    'scrypt',
    COST_LOG2,
    BLOCK_SIZE,
    PARALLELISM,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Whether `password` matches `encoded`, compared in constant time; `false` for unreadable hashes. */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [scheme, cost, r, p, salt, hash] = encoded.split('$');
  const costLog2 = Number(cost);
  if (scheme !== 'scrypt' || !salt || !hash || !Number.isInteger(costLog2) || costLog2 > MAX_COST_LOG2) {
    return false;
  }
  const expected = Buffer.from(hash, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), costLog2, Number(r), Number(p));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

let dummy: Promise<string> | undefined;

/**
 * Spends as long as a real check when the account does not exist, so response times do not tell
 * an attacker which emails have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(password, await (dummy ??= hashPassword('not a real password')));
  return false;
}
