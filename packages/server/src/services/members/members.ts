import type { Member } from '@tessera/core';
import type { Role } from '../../http/auth/principal.js';
import { ProblemError } from '../../http/problem-error.js';
import type { OwnerGuardedResult, MemberRecord } from '../../ports/identity-store.js';
import type { Store } from '../../ports/store.js';
import type { Actor } from '../access/actor.js';
import { assertMayGrant, assertMayManage } from '../access/role-rules.js';
import { recordAudit } from '../audit/record-audit.js';

const memberNotFound = () =>
  new ProblemError(404, 'This workspace has no member with that user id; list them at GET /v1/members.', {
    code: 'not_found',
  });

function unwrap(result: OwnerGuardedResult<MemberRecord>): MemberRecord {
  if (result.status === 'done') return result.value;
  if (result.status === 'not_found') throw memberNotFound();
  throw new ProblemError(409, 'A workspace needs at least one owner: make another member owner first.', {
    code: 'last_owner',
  });
}

export async function listMembers(store: Store, workspaceId: string): Promise<Member[]> {
  return store.listMembers(workspaceId);
}

/** Changes a member's role; the store refuses to demote the last owner, atomically. */
export async function changeMemberRole(
  store: Store,
  actor: Actor,
  userId: string,
  role: Role,
): Promise<Member> {
  const current = await store.getMembership(actor.workspaceId, userId);
  if (!current) throw memberNotFound();
  assertMayManage(actor, current.role);
  assertMayGrant(actor, role);
  const member = unwrap(await store.changeRole(actor.workspaceId, userId, role));
  await recordAudit(
    store,
    actor,
    'member.role_change',
    { kind: 'user', id: userId },
    { from: current.role, to: role },
  );
  return member;
}

/** Removes a member and ends their sessions in this workspace; never the last owner. */
export async function removeMember(store: Store, actor: Actor, userId: string): Promise<void> {
  const current = await store.getMembership(actor.workspaceId, userId);
  if (!current) throw memberNotFound();
  assertMayManage(actor, current.role);
  const removed = unwrap(await store.removeMembership(actor.workspaceId, userId));
  await store.revokeUserRefreshTokens(userId, actor.workspaceId, new Date().toISOString());
  await recordAudit(
    store,
    actor,
    'member.remove',
    { kind: 'user', id: userId },
    { email: removed.email, role: removed.role },
  );
}
