import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Session } from '@tessera/core';
import { Tessera, type TesseraOptions } from '../src/client.js';

/** A real server on an ephemeral port, with the keys of its first start. */
export interface RealServer {
  url: string;
  /** `tsk_…` key of the first start; Node sends no Origin, so the server takes it as a server's. */
  secretKey: string;
  /** `tpk_…` key of the first start; it allows the server's own origin. */
  publishableKey: string;
  /** A client with the secret key and no retries, so that failures show at once. */
  admin: Tessera;
  /** A client with `options` on this server, without retries unless they say otherwise. */
  client(options?: Partial<TesseraOptions>): Tessera;
  /** Invites `email` with `role` and accepts with a password, resolving with the new user's session. */
  createUser(email: string, role: 'viewer' | 'editor' | 'admin', password?: string): Promise<Session>;
  close(): Promise<void>;
}

/**
 * Starts the built `@tessera/server` in a throw-away data directory, checking every answer against
 * its route's schema and without rate limits (the tests create dozens of keys). The server is loaded
 * dynamically and is not a dependency of the SDK: that would make a cycle. Build it first (the root
 * `npm test` builds every package before testing).
 */
export async function startRealServer(): Promise<RealServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'tessera-sdk-'));
  const { startServer, fixedLimitPolicy, UNLIMITED } = await import('@tessera/server').catch(
    (cause: unknown) => {
      throw new Error(
        'The SDK integration tests need the built server. Run `npm run build` at the repo root first.',
        { cause },
      );
    },
  );
  const running = await startServer({
    dataDir,
    checkResponses: true,
    platform: { limitPolicy: fixedLimitPolicy(UNLIMITED) },
  });
  const url = running.url;
  const client = (options: Partial<TesseraOptions> = {}) =>
    new Tessera({ baseURL: url, maxRetries: 0, ...options });
  const admin = client({ apiKey: running.keys.secret! });
  return {
    url,
    secretKey: running.keys.secret!,
    publishableKey: running.keys.publishable,
    admin,
    client,
    async createUser(email, role, password = 'correct horse battery staple') {
      const { token } = await admin.invitations.create({ email, role });
      return client().invitations.accept({ token, password, name: email.split('@')[0] });
    },
    async close() {
      await running.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resolves with what `promise` rejects with; fails if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`Expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}
