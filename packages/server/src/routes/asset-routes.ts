import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RouterContext } from '@koa/router';
import { ProblemError } from '../http/problem-error.js';
import { defineRoute, type AnyRouteSpec } from '../http/route.js';

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

const asset = (
  path: string,
  operationId: string,
  summary: string,
  contentType: string,
  load: () => Promise<Asset | undefined>,
  cacheControl: string,
  headers: Record<string, string> = {},
) =>
  defineRoute({
    method: 'GET',
    path,
    operationId,
    summary,
    tag: 'assets',
    access: 'public',
    responses: { 200: { description: summary, contentType }, 404: { description: 'Not installed.' } },
    async handler(ctx) {
      const found = await load();
      if (!found) return;
      ctx.set(headers);
      send(ctx, found, cacheControl);
    },
  });

/** `/` (the demo page with the widget on it), `/demo.css` and `/widget.js` (the script-tag bundle). */
export function assetRoutes(options: { widgetBundlePath?: string | undefined }): AnyRouteSpec[] {
  const page = cachedFile(PUBLIC_DIR + 'index.html', 'text/html; charset=utf-8');
  const styles = cachedFile(PUBLIC_DIR + 'demo.css', 'text/css; charset=utf-8');
  const widget = cachedFile(options.widgetBundlePath, 'text/javascript; charset=utf-8');
  const widgetMap = cachedFile(
    options.widgetBundlePath && `${options.widgetBundlePath}.map`,
    'application/json',
  );
  const requireWidget = async () => {
    const found = await widget();
    if (!found) {
      throw new ProblemError(
        404,
        'The widget bundle was not found. Run "npm run build" at the repository root, then restart the server.',
        { code: 'widget_not_built' },
      );
    }
    return found;
  };
  return [
    asset('/', 'assets.demoPage', 'The demo page, with the widget on it.', 'text/html', page, 'no-cache', {
      'content-security-policy': DEMO_PAGE_CSP,
      'referrer-policy': 'strict-origin-when-cross-origin',
    }),
    asset('/demo.css', 'assets.demoStyles', 'Styles of the demo page.', 'text/css', styles, 'no-cache'),
    // Short cache: hosts embed this URL unversioned and should pick up upgrades within minutes.
    asset(
      '/widget.js',
      'assets.widget',
      'The script-tag bundle of the widget.',
      'text/javascript',
      requireWidget,
      'public, max-age=300',
    ),
    asset(
      '/widget.js.map',
      'assets.widgetSourceMap',
      'Source map of the widget bundle.',
      'application/json',
      widgetMap,
      'public, max-age=300',
    ),
  ];
}
