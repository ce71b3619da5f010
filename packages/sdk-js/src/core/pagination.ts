/** One page of a cursor-paged list, as `GET /v1/audit` answers it. */
export interface CursorPageData<T> {
  data: T[];
  /** Pass as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * One page of a cursor-paged list. `for await` over it walks the items of this page and of every
 * later one.
 */
export class CursorPage<T> implements AsyncIterable<T> {
  /** Items of this page. */
  declare readonly data: T[];
  /** Cursor of the next page; `null` on the last page. */
  declare readonly nextCursor: string | null;
  readonly #fetch: (cursor: string) => Promise<CursorPageData<T>>;

  /** Wraps an answer; `fetch` loads the page after a cursor. */
  constructor(page: CursorPageData<T>, fetch: (cursor: string) => Promise<CursorPageData<T>>) {
    this.data = page.data;
    this.nextCursor = page.nextCursor;
    this.#fetch = fetch;
  }

  /** Whether a later page exists. */
  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  /** Loads the next page; resolves with `null` on the last page. */
  async getNextPage(): Promise<CursorPage<T> | null> {
    return this.nextCursor === null ? null : new CursorPage(await this.#fetch(this.nextCursor), this.#fetch);
  }

  /** Walks this page and every later one, loading each only when the previous one is used up. */
  async *iterPages(): AsyncGenerator<CursorPage<T>> {
    yield this;
    for (let page = await this.getNextPage(); page; page = await page.getNextPage()) yield page;
  }

  /** Walks the items of this page and of every later one. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for await (const page of this.iterPages()) yield* page.data;
  }
}

/**
 * What a paged `list()` returns: await it for the first page, or `for await` it for every item of
 * every page. The first request is sent on the first `then` or iteration.
 *
 * @example
 * ```ts
 * const page = await client.audit.list({ limit: 50 }); // one page
 * for await (const entry of client.audit.list({ limit: 50 })) console.log(entry.action); // all of them
 * ```
 */
export class PagePromise<T> implements PromiseLike<CursorPage<T>>, AsyncIterable<T> {
  readonly #fetch: (cursor?: string) => Promise<CursorPageData<T>>;
  #first: Promise<CursorPage<T>> | undefined;

  /** `fetch` loads the first page without a cursor, later ones with theirs. */
  constructor(fetch: (cursor?: string) => Promise<CursorPageData<T>>) {
    this.#fetch = fetch;
  }

  // A thenable, not a Promise subclass: subclassing Promise breaks `then` chaining through species.
  then<A = CursorPage<T>, B = never>(
    onFulfilled?: ((page: CursorPage<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    this.#first ??= this.#fetch().then((page) => new CursorPage(page, this.#fetch));
    return this.#first.then(onFulfilled, onRejected);
  }

  /** Walks the items of every page. */
  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    yield* await this;
  }
}
