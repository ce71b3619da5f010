import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../web-test-runner.shared.mjs';
import { serveCli } from './serve-cli.js';

const EXAMPLE = new URL('../examples/script-tag/index.html', import.meta.url);
/** The address written in the example page, as a site owner would copy it. */
const DOCUMENTED_SERVER = 'http://localhost:8787';
/** The key placeholder in the example page, which its README tells the reader to replace. */
const KEY_PLACEHOLDER = 'tpk_your_publishable_key';

let tessera: Awaited<ReturnType<typeof serveCli>>;
let host: Server;
let hostUrl: string;
let browser: Browser;

beforeAll(async () => {
  tessera = await serveCli();
  // The example is served from its own origin, like a customer's site, so the embed is cross-origin.
  let page = '';
  host = createServer((_, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page));
  host.listen(0, '127.0.0.1');
  await once(host, 'listening');
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  // As the README says: create a publishable key for the page's origin and paste it into data-key.
  const key = (
    await tessera.cli('keys', 'create', '--type', 'publishable', '--origin', new URL(hostUrl).origin)
  ).trim();
  const example = await readFile(EXAMPLE, 'utf8');
  if (!example.includes(KEY_PLACEHOLDER))
    throw new Error(`The example page lost its ${KEY_PLACEHOLDER} placeholder.`);
  page = example.replace(KEY_PLACEHOLDER, key);
  browser = await puppeteer.launch({
    executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  host?.close();
  await tessera?.stop();
});

describe('tessera serve', () => {
  it('prints the first secret key once, and `keys create` prints only a key', async () => {
    expect(tessera.output().match(/tsk_/g)).toHaveLength(1);
    expect(tessera.output()).toMatch(/demo publishable key: +tpk_/);
    expect(await tessera.cli('keys', 'create', '--type', 'secret')).toMatch(/^tsk_[\w-]+\n$/);
  });

  it('streams a UI message stream that ends in [DONE] for the README curl request', async () => {
    const response = await fetch(`${tessera.url}/v1/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tessera.secretKey}` },
      body: JSON.stringify({
        messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'What is Tessera?' }] }],
      }),
    });
    const body = await response.text();
    expect(body.startsWith('data: {"type":"start"')).toBe(true);
    expect(body).toContain('"type":"source-document"');
    expect(body.endsWith('data: [DONE]\n\n')).toBe(true);
  });

  it('refuses the chat without a key', async () => {
    const response = await fetch(`${tessera.url}/v1/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ id: 'm1', role: 'user', parts: [{ type: 'text', text: 'Hi' }] }] }),
    });
    expect(response.status).toBe(401);
  });

  it('answers on the example script-tag page, with a cited answer', async () => {
    const page = await browser.newPage();
    // The page points at localhost:8787 as documented; route that to this test's server.
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith(DOCUMENTED_SERVER))
        void request.continue({ url: tessera.url + url.slice(DOCUMENTED_SERVER.length) });
      else void request.continue();
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    await page.goto(hostUrl);
    await page.locator('tessera-chat >>> [part="launcher"]').click();
    await page.locator('tessera-chat >>> textarea').fill('What is Tessera?');
    await page.keyboard.press('Enter');
    // Citation markers ([1]) render as buttons labelled with their number.
    await page.waitForFunction(
      () => {
        const log = document.querySelector('tessera-chat')?.shadowRoot?.querySelector('[part="log"]');
        return log?.querySelector('[part~="citation"]') && log.querySelector('[part="source"]');
      },
      { timeout: 15_000 },
    );
    const answer = await page.$eval(
      'tessera-chat',
      (el) => el.shadowRoot!.querySelector('[part="log"]')!.textContent,
    );
    expect(answer).toContain('Tessera is an embeddable AI assistant kit');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the demo page, whose inline chat answers too', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(tessera.url);
    await page.locator('tessera-chat.demo-chat >>> textarea').fill('How do I embed the widget?');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.querySelector('tessera-chat.demo-chat')?.shadowRoot?.querySelector('[part~="citation"]'),
      { timeout: 15_000 },
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stops cleanly on SIGTERM', async () => {
    const code = await tessera.stop();
    expect(code).toBe(0);
    expect(tessera.output()).toContain('Stopping');
  });
});
