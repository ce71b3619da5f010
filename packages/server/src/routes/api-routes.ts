import type { AppDeps } from '../app-deps.js';
import type { AnyRouteSpec } from '../http/route.js';
import { demoPublishableKey } from '../services/keys/first-start-keys.js';
import { assetRoutes } from './asset-routes.js';
import { assistantRoutes } from './assistant-routes.js';
import { auditRoutes } from './audit-routes.js';
import { authRoutes } from './auth-routes.js';
import { chatRoutes } from './chat-routes.js';
import { documentRoutes } from './document-routes.js';
import { endUserRoutes } from './end-user-routes.js';
import { healthRoutes } from './health-routes.js';
import { invitationRoutes } from './invitation-routes.js';
import { keyRoutes } from './key-routes.js';
import { memberRoutes } from './member-routes.js';
import { operationsRoutes } from './operations-routes.js';
import { searchRoutes } from './search-routes.js';
import { widgetChunkRoutes } from './widget-chunk-routes.js';

/** Every route of the server, in one list: mounted by the app and documented by `/openapi.json`. */
export function apiRoutes(deps: AppDeps): AnyRouteSpec[] {
  const routes: AnyRouteSpec[] = [
    ...healthRoutes(),
    ...operationsRoutes(deps, () => routes),
    ...chatRoutes(deps),
    ...authRoutes(deps),
    ...invitationRoutes(deps),
    ...memberRoutes(deps),
    ...keyRoutes(deps),
    ...assistantRoutes(deps),
    ...endUserRoutes(deps),
    ...auditRoutes(deps),
    // Only with a knowledge base (as `startServer` always gives); bare test apps go without.
    ...(deps.knowledge
      ? [...documentRoutes({ knowledge: deps.knowledge }), ...searchRoutes({ knowledge: deps.knowledge })]
      : []),
    ...assetRoutes({
      widgetBundlePath: deps.widgetBundlePath,
      demoKey: () => demoPublishableKey(deps.store),
    }),
    ...widgetChunkRoutes(deps.widgetBundlePath),
  ];
  return routes;
}
