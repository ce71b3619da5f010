import type { AppDeps } from '../app-deps.js';
import type { AnyRouteSpec } from '../http/route.js';
import { assetRoutes } from './asset-routes.js';
import { chatRoutes } from './chat-routes.js';
import { healthRoutes } from './health-routes.js';

/** Every route of the server, in one list: mounted by the app and documented by `/openapi.json`. */
export function apiRoutes(deps: AppDeps): AnyRouteSpec[] {
  return [
    ...healthRoutes(),
    ...chatRoutes(deps),
    ...assetRoutes({ widgetBundlePath: deps.widgetBundlePath }),
  ];
}
