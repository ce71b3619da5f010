import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import Router, { type RouterContext } from '@koa/router';
import { ProblemError } from '../http/problem-error.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

/**
 * The demo page needs no inline script or style, so its policy can forbid both; Lit's styles arrive
 * as constructable stylesheets, which CSP does not block.
 */
const DEMO_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'self'",
].join('; ');

interface Asset {
  body: Buffer;
  type: string;
}

/** Reads a file once, on first request, and keeps it; `undefined` when it does not exist. */
function cachedFile(path: string | undefined, type: string): () => Promise<Asset | undefined> {
  let cached: Promise<Asset | undefined> | undefined;
  return () =>
    (cached ??= path
      ? readFile(path).then(
          (body) => ({ body, type }),
          () => undefined,
        )
      : Promise.resolve(undefined));
}

function send(ctx: RouterContext, asset: Asset, cacheControl: string): void {
  ctx.type = asset.type;
  ctx.set('cache-control', cacheControl);
  ctx.set('x-content-type-options', 'nosniff');
  ctx.body = asset.body;
}

/** `/` (the demo page with the widget on it), `/demo.css` and `/widget.js` (the script-tag bundle). */
export function assetsRouter(options: { widgetBundlePath?: string | undefined }): Router {
  const router = new Router();
  const page = cachedFile(PUBLIC_DIR + 'index.html', 'text/html; charset=utf-8');
  const styles = cachedFile(PUBLIC_DIR + 'demo.css', 'text/css; charset=utf-8');
  const widget = cachedFile(options.widgetBundlePath, 'text/javascript; charset=utf-8');
  const widgetMap = cachedFile(
    options.widgetBundlePath && `${options.widgetBundlePath}.map`,
    'application/json',
  );

  router.get('/', async (ctx) => {
    const asset = await page();
    if (!asset) throw new ProblemError(404, 'The demo page is missing from this installation.');
    ctx.set('content-security-policy', DEMO_PAGE_CSP);
    ctx.set('referrer-policy', 'strict-origin-when-cross-origin');
    send(ctx, asset, 'no-cache');
  });
  router.get('/demo.css', async (ctx) => {
    const asset = await styles();
    if (asset) send(ctx, asset, 'no-cache');
  });
  router.get('/widget.js', async (ctx) => {
    const asset = await widget();
    if (!asset) {
      throw new ProblemError(
        404,
        'The widget bundle was not found. Run "npm run build" at the repository root, then restart the server.',
        {
          code: 'widget_not_built',
        },
      );
    }
    // Short cache: hosts embed this URL unversioned and should pick up upgrades within minutes.
    send(ctx, asset, 'public, max-age=300');
  });
  router.get('/widget.js.map', async (ctx) => {
    const asset = await widgetMap();
    if (asset) send(ctx, asset, 'public, max-age=300');
  });
  return router;
}
