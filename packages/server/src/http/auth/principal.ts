/** A person's role in a workspace; each role can do everything the ones before it can. */
export type Role = 'viewer' | 'editor' | 'admin' | 'owner';

export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin', 'owner'];

/** Who is calling, as established by the authentication middleware from the request's credentials. */
export type Principal =
  /** A person signed in with a JWT access token, acting in one workspace. */
  | { kind: 'user'; userId: string; workspaceId: string; role: Role }
  /** A server holding a secret key (`tsk_…`): full access to one workspace. */
  | { kind: 'secret-key'; keyId: string; workspaceId: string }
  /**
   * A browser holding a publishable key (`tpk_…`): chat with one assistant, on behalf of one end
   * user whose id the server issued or the host's backend signed, never one the client chose.
   */
  | {
      kind: 'publishable-key';
      keyId: string;
      workspaceId: string;
      assistantId: string;
      endUserId: string | undefined;
    };

/**
 * What a route requires of its caller:
 * - `public`: nothing (health, the demo page, the OpenAPI document);
 * - `chat`: any principal, including a publishable key (chat, feedback, own history, public config);
 * - a role: a user with at least that role, or a secret key.
 */
export type Access = 'public' | 'chat' | Role;
