import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeFetch, problemResponse } from '../test/fake-fetch.js';
import { Tessera } from './client.js';
import { NotFoundError, TesseraError } from './core/errors.js';
import { path } from './internal/path.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

function clientWith(...replies: Parameters<typeof fakeFetch>) {
  const server = fakeFetch(...replies);
  return {
    server,
    client: new Tessera({ baseURL: 'http://tessera.test', fetch: server.fetch, maxRetries: 0 }),
  };
}

describe('path', () => {
  it('encodes each value as one segment', () => {
    expect(path`/v1/keys/${'a/b?c#d'}/rotate`).toBe('/v1/keys/a%2Fb%3Fc%23d/rotate');
  });

  it.each(['', '.', '..'])('refuses %j, which would change the route', (value) => {
    expect(() => path`/v1/keys/${value}`).toThrow(TesseraError);
  });
});

describe('JSON helpers', () => {
  it('sends the body as JSON and parses the answer', async () => {
    const { server, client } = clientWith(json({ id: 'key_1' }, 201));
    expect(await client.keys.create({ type: 'secret', name: 'CI' })).toEqual({ id: 'key_1' });
    expect(server.calls[0]).toMatchObject({
      url: 'http://tessera.test/v1/keys',
      init: { method: 'POST' },
      body: { type: 'secret', name: 'CI' },
    });
  });

  it('resolves a 204 with undefined and sends no body without one', async () => {
    const { server, client } = clientWith(new Response(null, { status: 204 }));
    expect(await client.members.remove('user 1')).toBeUndefined();
    expect(server.calls[0]?.url).toBe('http://tessera.test/v1/members/user%201');
    expect(server.calls[0]?.init.body).toBeNull();
    expect(server.calls[0]?.headers.has('content-type')).toBe(false);
  });

  it('puts defined query values in the query string', async () => {
    const { server, client } = clientWith(json({ data: [], nextCursor: null }));
    await client.audit.list({ action: 'key.create', actorId: undefined, limit: 5 });
    expect(server.calls[0]?.url).toBe('http://tessera.test/v1/audit?action=key.create&limit=5');
  });

  it('rejects with the status class', async () => {
    const { client } = clientWith(problemResponse(404, { detail: 'No such key.' }));
    await expect(client.keys.revoke('key_x')).rejects.toSatisfy(
      (error) => NotFoundError.isInstance(error) && error.message === 'No such key.',
    );
  });

  it('sends userToken as x-tessera-user-token, and per-request headers win', async () => {
    const server = fakeFetch(() => json({ kind: 'publishable-key', workspaceId: 'ws' }));
    const client = new Tessera({
      baseURL: 'http://tessera.test',
      apiKey: 'tpk_1',
      userToken: 'eyJ.user',
      fetch: server.fetch,
    });
    await client.auth.me();
    await client.auth.me({ headers: { 'x-tessera-user-token': 'other' } });
    expect(server.calls[0]?.headers.get('x-tessera-user-token')).toBe('eyJ.user');
    expect(server.calls[0]?.headers.get('authorization')).toBe('Bearer tpk_1');
    expect(server.calls[1]?.headers.get('x-tessera-user-token')).toBe('other');
  });
});

describe('audit.list pagination', () => {
  const entry = (id: string) => ({ id, action: 'key.create' });
  // A function: a Response body can be read only once, and each test reads its own.
  const pages = () => [
    json({ data: [entry('a'), entry('b')], nextCursor: 'c1' }),
    json({ data: [entry('c')], nextCursor: 'c2' }),
    json({ data: [], nextCursor: null }),
  ];

  it('sends nothing until awaited or iterated', async () => {
    const { server, client } = clientWith(...pages());
    const list = client.audit.list();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(server.calls).toHaveLength(0);
    expect((await list).data).toHaveLength(2);
    await list;
    expect(server.calls).toHaveLength(1);
  });

  it('follows nextCursor until it is null, keeping the filters', async () => {
    const { server, client } = clientWith(...pages());
    const ids: string[] = [];
    for await (const item of client.audit.list({ limit: 2 })) ids.push(item.id);
    expect(ids).toEqual(['a', 'b', 'c']);
    expect(server.calls.map((call) => new URL(call.url).search)).toEqual([
      '?limit=2',
      '?limit=2&cursor=c1',
      '?limit=2&cursor=c2',
    ]);
  });
});

describe('secret key in a browser', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    vi.resetModules();
  });

  async function freshTessera(): Promise<typeof Tessera> {
    vi.resetModules();
    return (await import('./client.js')).Tessera;
  }

  it('warns once, naming the publishable key as the fix', async () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const Fresh = await freshTessera();
    new Fresh({ baseURL: 'http://tessera.test', apiKey: 'tsk_secret' });
    new Fresh({ baseURL: 'http://tessera.test', apiKey: 'tsk_secret' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/secret API key \(tsk_…\).*publishable key \(tpk_…\)/);
  });

  it('stays quiet for a publishable key, and for a secret key on a server', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let Fresh = await freshTessera();
    new Fresh({ baseURL: 'http://tessera.test', apiKey: 'tsk_secret' });
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    Fresh = await freshTessera();
    new Fresh({ baseURL: 'http://tessera.test', apiKey: 'tpk_public' });
    expect(warn).not.toHaveBeenCalled();
  });
});
