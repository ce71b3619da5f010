/** A person's role in a workspace; each role can do everything the ones before it can. */
export type Role = 'viewer' | 'editor' | 'admin' | 'owner';

/** One member of a workspace. */
export interface Member {
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** ISO 8601 time the membership began. */
  joinedAt: string;
}

/** Response of `GET /v1/members`. */
export interface MemberList {
  data: Member[];
}

/** Body of `PATCH /v1/members/{userId}`. */
export interface UpdateMemberRequest {
  role: Role;
}
