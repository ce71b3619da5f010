/** An assistant's key for verifying end-user tokens signed by the host's backend. */
export interface SigningSecretRecord {
  secret: string;
  rotatedAt: string;
}

/** Server-wide settings and per-assistant secrets. */
export interface SettingsStore {
  getSetting(name: string): Promise<string | undefined>;
  /** Stores `value` unless the setting exists; returns what is stored, so concurrent first starts agree. */
  putSettingIfAbsent(name: string, value: string): Promise<string>;
  /**
   * The assistant's signing secret, storing `candidate` first if it has none. `undefined` when the
   * workspace has no assistant by that id.
   */
  ensureSigningSecret(
    workspaceId: string,
    assistantId: string,
    candidate: string,
    now: string,
  ): Promise<SigningSecretRecord | undefined>;
  /** Replaces the assistant's signing secret; `undefined` when the workspace has no such assistant. */
  replaceSigningSecret(
    workspaceId: string,
    assistantId: string,
    secret: string,
    now: string,
  ): Promise<SigningSecretRecord | undefined>;
}
