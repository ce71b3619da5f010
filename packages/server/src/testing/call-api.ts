import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** What {@link callApi} answers: the status, the parsed JSON body (or `undefined`) and the headers. */
export interface ApiResponse<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  /** A key or access token, sent as `authorization: Bearer …`. */
  auth?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** The browser origin to claim; Node's fetch sends none by default, like a server would. */
  origin?: string;
  headers?: Record<string, string>;
}

/** Calls the API over real HTTP and parses the JSON answer. */
export async function callApi<T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth) headers['authorization'] = `Bearer ${options.auth}`;
  if (options.origin) headers['origin'] = options.origin;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(baseUrl + path, {
    method,
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
    headers: response.headers,
  };
}

// ajv-formats ships CommonJS with a default export; under NodeNext it arrives one level down.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
const compiled = new WeakMap<object, ReturnType<typeof ajv.compile>>();

/** Throws with ajv's errors unless `value` matches `schema`: responses must follow their schemas. */
export function expectSchema(schema: object, value: unknown): void {
  let validate = compiled.get(schema);
  if (!validate) compiled.set(schema, (validate = ajv.compile(schema)));
  if (!validate(value)) {
    throw new Error(
      `Response does not match ${(schema as { title?: string }).title}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(value)}`,
    );
  }
}
