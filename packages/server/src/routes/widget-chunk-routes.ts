import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { defineRoute, type AnyRouteSpec } from '../http/route.js';

/** Only the hashed file names the widget build writes; never a path. */
const chunkParams = {
  type: 'object',
  properties: { file: { type: 'string', pattern: '^[\\w-]+\\.js(\\.map)?$', maxLength: 100 } },
  required: ['file'],
  additionalProperties: false,
} as const;

/**
 * The chunks the script-tag loader imports on first interaction (`/widget/<file>`) and the locale
 * tables (`/widget/locales/<file>`). Their names carry a content hash, so they cache forever.
 */
export function widgetChunkRoutes(widgetBundlePath: string | undefined): AnyRouteSpec[] {
  const root = widgetBundlePath && join(dirname(widgetBundlePath), 'widget');
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const load = (relative: string) => {
    if (!root) return Promise.resolve(undefined);
    let found = cache.get(relative);
    if (!found) {
      found = readFile(join(root, relative)).catch(() => undefined);
      cache.set(relative, found);
    }
    return found;
  };
  const chunkRoute = (path: string, folder: string, operationId: string, summary: string) =>
    defineRoute<unknown, Record<string, unknown>, { file: string }>({
      method: 'GET',
      path,
      operationId,
      summary,
      tag: 'assets',
      access: 'public',
      params: chunkParams,
      responses: {
        200: { description: summary, contentType: 'text/javascript' },
        404: { description: 'No such chunk.' },
      },
      async handler(ctx) {
        const file = ctx.input.params.file;
        const body = await load(join(folder, file));
        if (!body) return;
        ctx.type = file.endsWith('.map') ? 'application/json' : 'text/javascript; charset=utf-8';
        ctx.set('cache-control', 'public, max-age=31536000, immutable');
        // import() of a module from another origin needs CORS; these files are public by design.
        ctx.set('access-control-allow-origin', '*');
        ctx.body = body;
      },
    });
  return [
    chunkRoute('/widget/:file', '.', 'assets.widgetChunk', 'A chunk of the widget, loaded on first use.'),
    chunkRoute('/widget/locales/:file', 'locales', 'assets.widgetLocale', 'A locale table of the widget.'),
  ];
}
