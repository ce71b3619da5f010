/**
 * A write that breaks a uniqueness rule of the store (an email already taken, a member already in
 * the workspace). Adapters throw it instead of their driver's error so services can answer 409
 * whatever the database.
 */
export class StoreConflictError extends Error {
  override name = 'StoreConflictError';

  /** @param what The unique thing that already exists, e.g. `user.email`. */
  constructor(
    readonly what: string,
    options?: { cause?: unknown },
  ) {
    super(`${what} already exists.`, options);
  }
}
