import type { SearchRequest, SearchResult } from '@tessera/core';
import type { RequestOptions } from '../client.js';
import { APIResource } from '../core/api-resource.js';

/** `client.search`: ranked passages of the knowledge base, with citation data. Viewers and up. */
export class Search extends APIResource {
  /** Searches the knowledge base (`POST /v1/search`). */
  query(body: SearchRequest, options?: RequestOptions): Promise<SearchResult> {
    return this._client.post('/v1/search', { body, ...options });
  }
}
