import type { Role } from '../../http/auth/principal.js';
import { ProblemError } from '../../http/problem-error.js';
import type { Actor } from './actor.js';

const RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2, owner: 3 };

/** Whether `role` includes everything `needed` may do. */
export const hasRole = (role: Role, needed: Role): boolean => RANK[role] >= RANK[needed];

/** Nobody hands out more than they hold, and only owners make owners. */
export function assertMayGrant(actor: Actor, role: Role): void {
  if (!hasRole(actor.role, role)) {
    throw new ProblemError(
      403,
      `Only an ${role === 'owner' ? 'owner' : role} or higher can grant the ${role} role; you are ${actor.role}.`,
      {
        code: 'forbidden',
      },
    );
  }
}

/** Admins manage editors, viewers and other admins; only owners change or remove owners. */
export function assertMayManage(actor: Actor, targetRole: Role): void {
  if (targetRole === 'owner' && actor.role !== 'owner') {
    throw new ProblemError(403, 'Only an owner can change or remove another owner; ask one of the owners.', {
      code: 'forbidden',
    });
  }
}
