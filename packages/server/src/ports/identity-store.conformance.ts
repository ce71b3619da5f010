import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from './store.js';
import { StoreConflictError } from './store-conflict-error.js';

const HOUR = 3_600_000;
const at = (ms: number) => new Date(Date.UTC(2030, 0, 1) + ms).toISOString();

/**
 * The behaviour every adapter of {@link IdentityStore} must show: uniqueness, the last-owner rule
 * and atomic invitation acceptance and refresh rotation. Call it from an adapter's test file.
 */
export function describeIdentityStoreConformance(name: string, makeStore: () => Promise<Store>): void {
  describe(`${name}: identity store conformance`, () => {
    let store: Store;
    let workspaceId: string;
    beforeEach(async () => {
      store = await makeStore();
      workspaceId = (await store.createWorkspace({ name: 'W' })).id;
    });
    afterEach(() => store.close());

    const user = (email: string) => store.createUser({ email, name: email, passwordHash: 'h' });

    it('refuses a second user with the same email in another letter case', async () => {
      const created = await user('Ada@Example.com');
      await expect(user('ada@example.COM')).rejects.toBeInstanceOf(StoreConflictError);
      expect((await store.findUserByEmail('ADA@example.com'))?.id).toBe(created.id);
      expect(await store.getUser(created.id)).toEqual(created);
    });

    it('refuses a duplicate membership and lists members with their user', async () => {
      const ada = await user('ada@example.com');
      await store.addMembership({ workspaceId, userId: ada.id, role: 'owner' });
      await expect(
        store.addMembership({ workspaceId, userId: ada.id, role: 'viewer' }),
      ).rejects.toBeInstanceOf(StoreConflictError);
      expect(await store.listMembers(workspaceId)).toEqual([
        expect.objectContaining({ userId: ada.id, email: 'ada@example.com', role: 'owner' }),
      ]);
      expect((await store.listMemberships(ada.id)).map((m) => m.workspaceId)).toEqual([workspaceId]);
    });

    it('never demotes or removes the last owner, but allows it once another owner exists', async () => {
      const ada = await user('ada@example.com');
      const bob = await user('bob@example.com');
      await store.addMembership({ workspaceId, userId: ada.id, role: 'owner' });
      await store.addMembership({ workspaceId, userId: bob.id, role: 'admin' });
      expect(await store.changeRole(workspaceId, ada.id, 'admin')).toEqual({ status: 'last_owner' });
      expect(await store.removeMembership(workspaceId, ada.id)).toEqual({ status: 'last_owner' });
      expect(await store.changeRole(workspaceId, 'usr_nobody', 'viewer')).toEqual({ status: 'not_found' });
      expect(await store.changeRole(workspaceId, bob.id, 'owner')).toMatchObject({
        status: 'done',
        value: { role: 'owner' },
      });
      expect((await store.removeMembership(workspaceId, ada.id)).status).toBe('done');
      expect(await store.getMembership(workspaceId, ada.id)).toBeUndefined();
    });

    it('scopes membership changes to their workspace', async () => {
      const other = (await store.createWorkspace({ name: 'Other' })).id;
      const ada = await user('ada@example.com');
      await store.addMembership({ workspaceId: other, userId: ada.id, role: 'viewer' });
      expect(await store.changeRole(workspaceId, ada.id, 'admin')).toEqual({ status: 'not_found' });
      expect(await store.removeMembership(workspaceId, ada.id)).toEqual({ status: 'not_found' });
      expect(await store.listMembers(workspaceId)).toEqual([]);
    });

    it('accepts an invitation once, creating the user and membership together', async () => {
      const invitation = await store.createInvitation({
        workspaceId,
        email: 'new@example.com',
        role: 'editor',
        tokenHash: 'inv-hash',
        invitedBy: 'cli:test',
        expiresAt: at(HOUR),
      });
      expect(await store.findInvitationByTokenHash('inv-hash')).toEqual(invitation);
      const invitee = { newUser: { name: 'New', passwordHash: 'h' } };
      const accepted = await store.acceptInvitation(invitation.id, invitee, at(0));
      expect(accepted).toMatchObject({ status: 'accepted', membership: { role: 'editor', workspaceId } });
      expect(await store.acceptInvitation(invitation.id, invitee, at(1))).toEqual({ status: 'unavailable' });
      expect((await store.findUserByEmail('new@example.com'))?.name).toBe('New');
    });

    it('refuses expired and revoked invitations and keeps an existing member’s role', async () => {
      const ada = await user('ada@example.com');
      await store.addMembership({ workspaceId, userId: ada.id, role: 'admin' });
      const invite = (tokenHash: string) =>
        store.createInvitation({
          workspaceId,
          email: ada.email,
          role: 'viewer',
          tokenHash,
          invitedBy: 'cli:test',
          expiresAt: at(HOUR),
        });
      const expired = await invite('a');
      expect(await store.acceptInvitation(expired.id, { userId: ada.id }, at(HOUR))).toEqual({
        status: 'unavailable',
      });
      const revoked = await invite('b');
      expect((await store.revokeInvitation(workspaceId, revoked.id, at(0)))?.revokedAt).toBe(at(0));
      expect(await store.acceptInvitation(revoked.id, { userId: ada.id }, at(1))).toEqual({
        status: 'unavailable',
      });
      const live = await invite('c');
      const accepted = await store.acceptInvitation(live.id, { userId: ada.id }, at(1));
      expect(accepted).toMatchObject({ status: 'accepted', membership: { role: 'admin' } });
      const other = (await store.createWorkspace({ name: 'Other' })).id;
      expect(await store.revokeInvitation(other, live.id, at(2))).toBeUndefined();
      expect((await store.listInvitations(workspaceId)).map((i) => i.id).sort()).toEqual(
        [expired.id, revoked.id, live.id].sort(),
      );
    });

    it('rotates a refresh token once; presenting the old one again revokes the family', async () => {
      const ada = await user('ada@example.com');
      const first = await store.createRefreshToken({
        familyId: 'fam1',
        userId: ada.id,
        workspaceId,
        tokenHash: 't1',
        expiresAt: at(HOUR),
      });
      const rotated = await store.rotateRefreshToken(
        't1',
        { tokenHash: 't2', expiresAt: at(2 * HOUR) },
        at(0),
      );
      expect(rotated).toMatchObject({ status: 'rotated', token: { familyId: 'fam1', tokenHash: 't2' } });
      const reused = await store.rotateRefreshToken(
        't1',
        { tokenHash: 't3', expiresAt: at(2 * HOUR) },
        at(1),
      );
      expect(reused).toMatchObject({ status: 'reused', token: { id: first.id } });
      // The reuse ended the family: the token issued by the honest rotation is dead too.
      expect(
        await store.rotateRefreshToken('t2', { tokenHash: 't4', expiresAt: at(2 * HOUR) }, at(2)),
      ).toEqual({
        status: 'invalid',
      });
      expect(await store.rotateRefreshToken('nope', { tokenHash: 't5', expiresAt: at(HOUR) }, at(2))).toEqual(
        {
          status: 'invalid',
        },
      );
    });

    it('refuses an expired refresh token and revokes families and users on demand', async () => {
      const ada = await user('ada@example.com');
      const make = (tokenHash: string, familyId: string) =>
        store.createRefreshToken({ familyId, userId: ada.id, workspaceId, tokenHash, expiresAt: at(HOUR) });
      await make('x1', 'f1');
      const next = { tokenHash: 'x2', expiresAt: at(2 * HOUR) };
      expect(await store.rotateRefreshToken('x1', next, at(HOUR))).toEqual({ status: 'invalid' });
      expect((await store.revokeRefreshFamily('x1', at(0)))?.familyId).toBe('f1');
      expect(await store.rotateRefreshToken('x1', next, at(0))).toEqual({ status: 'invalid' });
      await make('y1', 'f2');
      await make('z1', 'f3');
      expect(await store.revokeUserRefreshTokens(ada.id, workspaceId, at(0))).toBe(2);
      expect(await store.rotateRefreshToken('z1', { tokenHash: 'z2', expiresAt: at(HOUR) }, at(0))).toEqual({
        status: 'invalid',
      });
    });
  });
}
