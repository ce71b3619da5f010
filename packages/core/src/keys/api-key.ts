/** `secret` keys (`tsk_…`) stay on servers; `publishable` keys (`tpk_…`) go into web pages. */
export type ApiKeyType = 'secret' | 'publishable';

/** Body of `POST /v1/keys`. */
export interface CreateApiKeyRequest {
  type: ApiKeyType;
  name?: string;
  /** Publishable keys: the assistant they chat with; the workspace's first by default. */
  assistantId?: string;
  /** Publishable keys: browser origins allowed to use it; `'self'` is the server's own origin. */
  allowedOrigins?: string[];
}

/** Body of `PATCH /v1/keys/{id}`. */
export interface UpdateApiKeyRequest {
  name?: string;
  allowedOrigins?: string[];
}

/** An API key as listed: never the key itself, never its hash. */
export interface ApiKey {
  id: string;
  type: ApiKeyType;
  name: string;
  /** The first characters of the key, to recognise it. */
  prefix: string;
  /** The last four characters of the key. */
  last4: string;
  /** Publishable keys: their assistant; `null` for secret keys. */
  assistantId: string | null;
  allowedOrigins: string[];
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** Answer of `POST /v1/keys` and of a rotation: the key's record and, this once, the key. */
export interface CreatedApiKey extends ApiKey {
  /** The full key. It is shown only now; store it safely. */
  key: string;
}

/** Answer of `GET /v1/keys`. */
export interface ApiKeyList {
  data: ApiKey[];
}
