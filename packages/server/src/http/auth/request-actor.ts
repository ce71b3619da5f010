import { actorOf, type Actor, type RequestOrigin } from '../../services/access/actor.js';
import type { Principal } from './principal.js';

/** The parts of a route context that say who calls and from where. */
interface CallerContext {
  auth: Principal | undefined;
  ip: string;
  get(field: string): string;
}

/** Where a request comes from, for the audit log; user agents are cut short. */
export function requestOrigin(ctx: CallerContext): RequestOrigin {
  return { ip: ctx.ip || null, userAgent: ctx.get('user-agent').slice(0, 300) || null };
}

/** The caller of a route that requires credentials, as services expect it. */
export function requestActor(ctx: CallerContext): Actor {
  return actorOf(requirePrincipal(ctx), requestOrigin(ctx));
}

/** The principal of a route that requires credentials. */
export function requirePrincipal(ctx: CallerContext): Principal {
  // `authorize` guarantees a principal on every non-public route; reaching this without one is a
  // bug, answered as a masked 500.
  if (!ctx.auth) throw new Error('A route that needs a caller ran without one; check its access.');
  return ctx.auth;
}
