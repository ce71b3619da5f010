// Widget speed, measured against a "floor" page (a bare Lit element showing plain text) in one run,
// so the ratios survive a noisy machine. Prints medians and widget/floor ratios.
//   node bench/widget-speed.mjs [--runs 7] [--gap-ms 25]
// Needs a built widget (npm run build) and Chromium (CHROME_PATH or /usr/bin/chromium).
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../web-test-runner.shared.mjs';
import { answerParts } from './widget/markdown-answer.mjs';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, 'gap-ms': { type: 'string', default: '25' } },
});
const RUNS = Number(values.runs);
const GAP_MS = Number(values['gap-ms']);
const BUNDLE = fileURLToPath(new URL('../packages/widget/dist/bundle/', import.meta.url));

const floorJs = (
  await build({
    entryPoints: [fileURLToPath(new URL('widget/floor-element.js', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
  })
).outputFiles[0].text;

const pages = {
  '/floor.html':
    '<!doctype html><html><body><h1>Floor</h1><script type="module" src="/floor.js"></script></body></html>',
  '/widget.html':
    '<!doctype html><html><body><h1>Widget</h1><script src="/widget.js" data-key="tpk_bench" async></script></body></html>',
};

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://x');
  if (pages[url.pathname])
    return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[url.pathname]);
  if (url.pathname === '/floor.js')
    return response.writeHead(200, { 'content-type': 'text/javascript' }).end(floorJs);
  if (url.pathname === '/widget.js' || url.pathname.startsWith('/widget/')) {
    const file = url.pathname === '/widget.js' ? 'widget.js' : url.pathname.slice(1);
    try {
      return response
        .writeHead(200, { 'content-type': 'text/javascript' })
        .end(await readFile(BUNDLE + file));
    } catch {
      return response.writeHead(404).end();
    }
  }
  if (url.pathname === '/v1/chat') {
    for await (const _ of request);
    response.writeHead(200, { 'content-type': 'text/event-stream', 'x-vercel-ai-ui-message-stream': 'v1' });
    for (const part of answerParts(40)) {
      response.write(`data: ${JSON.stringify(part)}\n\n`);
      if (part.type === 'text-delta') await new Promise((resolve) => setTimeout(resolve, GAP_MS));
    }
    return response.end('data: [DONE]\n\n');
  }
  response.writeHead(404).end();
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: CHROMIUM_ARGS,
});

/** Records, in the page, when the launcher first has a size: navigation start → visible launcher. */
const WATCH_LAUNCHER = `(() => {
  const check = () => {
    const host = document.querySelector('tessera-chat, floor-text');
    const box = host?.shadowRoot?.querySelector('[part~="launcher"]')?.getBoundingClientRect();
    if (box && box.width > 0) window.__launcherAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

async function measure(kind) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.evaluateOnNewDocument(WATCH_LAUNCHER);
  await page.goto(`${origin}/${kind}.html`);
  await page.waitForFunction(() => window.__launcherAt !== undefined);
  const launcherMs = await page.evaluate(() => window.__launcherAt);

  if (kind === 'widget') {
    await page.locator('tessera-chat >>> [part="launcher"]').click();
    await page.locator('tessera-chat >>> textarea').wait();
  }
  await new Promise((resolve) => setTimeout(resolve, 300)); // let the lazy chunk settle
  const busy = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const before = await busy();
  if (kind === 'widget') {
    await page.locator('tessera-chat >>> textarea').fill('Explain the configuration.');
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          document
            .querySelector('tessera-chat')
            .addEventListener('tessera-message-receive', resolve, { once: true });
          document
            .querySelector('tessera-chat')
            .shadowRoot.querySelector('textarea')
            .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }),
    );
  } else {
    await page.evaluate(() => document.querySelector('floor-text').stream());
  }
  const busyMs = ((await busy()) - before) * 1000;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await context.close();
  return { launcherMs, busyMs, heapBytes: usedSize };
}

const results = { floor: [], widget: [] };
await measure('floor'); // warm the disk cache and Chromium before anything counts
await measure('widget');
for (let run = 0; run < RUNS; run++) {
  results.floor.push(await measure('floor'));
  results.widget.push(await measure('widget'));
}
await browser.close();
server.close();

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const row = (label, key, unit, scale = 1) => {
  const floor = median(results.floor.map((r) => r[key])) * scale;
  const widget = median(results.widget.map((r) => r[key])) * scale;
  console.log(
    `${label.padEnd(34)} floor ${floor.toFixed(1).padStart(8)} ${unit}   widget ${widget.toFixed(1).padStart(8)} ${unit}   ratio ${(widget / floor).toFixed(2)}×`,
  );
};
console.log(
  `widget speed: ${RUNS} runs each, medians; 2,000-token Markdown answer in 40 parts, ${GAP_MS} ms apart`,
);
row('navigation → visible launcher', 'launcherMs', 'ms');
row('main-thread busy while streaming', 'busyMs', 'ms');
row('JS heap after the answer', 'heapBytes', 'kB', 1 / 1024);
