import { describe, expect, it } from 'vitest';
import { Tessera } from '../client.js';

describe('retries', () => {
  const failing = () => {
    const calls: string[] = [];
    const client = new Tessera({
      baseURL: 'http://tessera.test',
      apiKey: 'tsk_test',
      sleep: async () => {},
      fetch: async (_url, init) => {
        calls.push(init?.method ?? 'GET');
        return new Response(JSON.stringify({ type: 'about:blank', title: 'Unavailable', status: 503 }), {
          status: 503,
          headers: { 'content-type': 'application/problem+json' },
        });
      },
    });
    return { client, calls };
  };

  it('never repeats a write, which could happen twice', async () => {
    const { client, calls } = failing();
    await expect(client.keys.create({ type: 'secret', name: 'ci' })).rejects.toThrow();
    expect(calls).toEqual(['POST']);
  });

  it('retries reads and deletes', async () => {
    const { client, calls } = failing();
    await expect(client.keys.list()).rejects.toThrow();
    await expect(client.keys.revoke('key_1')).rejects.toThrow();
    expect(calls).toEqual(['GET', 'GET', 'GET', 'DELETE', 'DELETE', 'DELETE']);
  });
});
