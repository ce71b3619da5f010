import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RouterContext } from '@koa/router';
import { ProblemError } from '../http/problem-error.js';
import { defineRoute, type AnyRouteSpec } from '../http/route.js';
import { injectDemoKey } from './inject-demo-key.js';

const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));

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
  ctx.body = asset.body;
}

const asset = (
  path: string,
  operationId: string,
  summary: string,
  contentType: string,
  load: () => Promise<Asset | undefined>,
  cacheControl: string,
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
      send(ctx, found, cacheControl);
    },
  });

/** `/` (the demo page with the widget on it), `/demo.css` and `/widget.js` (the script-tag bundle). */
export function assetRoutes(options: {
  widgetBundlePath?: string | undefined;
  /** The demo page's publishable key, written into the page as it is served. */
  demoKey?: () => Promise<string | undefined>;
}): AnyRouteSpec[] {
  const pageFile = cachedFile(PUBLIC_DIR + 'index.html', 'text/html; charset=utf-8');
  const page = async (): Promise<Asset | undefined> => {
    const [found, key] = await Promise.all([pageFile(), options.demoKey?.()]);
    return found && key
      ? { ...found, body: Buffer.from(injectDemoKey(found.body.toString('utf8'), key)) }
      : found;
  };
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
    // Its CSP, Referrer-Policy and nosniff come from the security headers middleware, like every page's.
    asset('/', 'assets.demoPage', 'The demo page, with the widget on it.', 'text/html', page, 'no-cache'),
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
