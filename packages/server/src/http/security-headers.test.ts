import { afterEach, describe, expect, it } from 'vitest';
import { startPlatformServer } from '../testing/platform-server.js';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
});

async function server(frameAncestors?: string[]) {
  const running = await startPlatformServer({
    sampleDocs: false,
    ...(frameAncestors ? { platform: { settings: { frameAncestors } } } : {}),
  });
  closers.push(() => running.close());
  return running;
}

/** Every value of a header, as the raw response carries them (fetch would join duplicates). */
async function rawHeaders(url: string): Promise<[string, string][]> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return [...response.headers.entries()];
}

describe('security headers', () => {
  it('give HTML one strict CSP, nosniff and a referrer policy, and nothing contradicting them', async () => {
    const { url } = await server();
    const response = await fetch(`${url}/`);
    expect(response.headers.get('content-type')).toContain('text/html');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp.split(',')).toHaveLength(1);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const names = (await rawHeaders(`${url}/`)).map(([name]) => name);
    expect(names.filter((name) => name === 'content-security-policy')).toHaveLength(1);
  });

  it('take frame-ancestors from the configuration', async () => {
    const { url } = await server(["'self'", 'https://cms.example.com']);
    const csp = (await fetch(`${url}/`)).headers.get('content-security-policy');
    expect(csp).toContain("frame-ancestors 'self' https://cms.example.com");
  });

  it('give API answers and problems nosniff and no-store, and no CSP', async () => {
    const { url } = await server();
    for (const path of ['/healthz', '/v1/nothing-here', '/openapi.json']) {
      const response = await fetch(`${url}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('content-security-policy'), path).toBeNull();
    }
    expect((await fetch(`${url}/v1/nothing-here`)).headers.get('cache-control')).toBe('no-store');
    expect((await fetch(`${url}/healthz`)).headers.get('cache-control')).toBe('no-store');
  });

  it('keep the caching an asset chose', async () => {
    const { url } = await server();
    const response = await fetch(`${url}/demo.css`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
