import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';

/**
 * Answer of `GET /healthz`. Core has no type for it (the schema lives in the server's route), so the
 * server test checks these shapes against live answers that the server validates against its schemas.
 */
export interface HealthStatus {
  status: 'ok';
}

/** Answer of `GET /readyz` when the server can take traffic. */
export interface ReadyStatus {
  status: 'ready';
  /** Every check passed; a failed one makes the server answer 503 instead. */
  checks: { name: string; ok: true }[];
}

/** `client.operations`: what load balancers and tooling ask. Needs no API key. */
export class Operations extends APIResource {
  /**
   * Whether the process is up (`GET /healthz`).
   *
   * @example
   * ```ts
   * await client.operations.health(); // { status: 'ok' }
   * ```
   */
  health(options?: RequestOptions): Promise<HealthStatus> {
    return this._client.get('/healthz', options);
  }

  /** Whether the server can take traffic (`GET /readyz`); a 503 rejects with `InternalServerError`. */
  ready(options?: RequestOptions): Promise<ReadyStatus> {
    return this._client.get('/readyz', options);
  }

  /** This API as an OpenAPI 3.1 document (`GET /openapi.json`). */
  openapi(options?: RequestOptions): Promise<Record<string, unknown>> {
    return this._client.get('/openapi.json', options);
  }
}
