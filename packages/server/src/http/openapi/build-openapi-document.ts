import { readFileSync } from 'node:fs';
import { PROBLEM_CONTENT_TYPE, problemDetailsSchema } from '@tessera/core';
import type { UploadSpec } from '../multipart-upload.js';
import type { AnyRouteSpec, RouteResponse } from '../route.js';
import { SchemaComponents, type Json, type JsonObject } from './schema-components.js';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export interface OpenApiOptions {
  /** Whether a route is rate limited, which documents its 429 answer. */
  isRateLimited: (spec: AnyRouteSpec) => boolean;
}

const SECURITY_SCHEMES = {
  apiKey: {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key: secret (`tsk_…`, servers only) or publishable (`tpk_…`, browsers, chat only, allowed origins).',
  },
  accessToken: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description: "A signed-in person's short-lived access token from `POST /v1/auth/login`.",
  },
};

const RATE_LIMIT_HEADERS = Object.fromEntries(
  [
    ['Retry-After', 'Seconds to wait before retrying.'],
    ['RateLimit-Limit', 'Requests the bucket holds (the burst).'],
    ['RateLimit-Remaining', 'Requests left in the bucket.'],
    ['RateLimit-Reset', 'Seconds until the bucket is full again.'],
    ['RateLimit-Policy', 'The bucket as `<limit>;w=<seconds to refill>`.'],
  ].map(([name, description]) => [name, { description, schema: { type: 'string' } }]),
);

/** `/v1/keys/:id` → `/v1/keys/{id}`. */
export const toOpenApiPath = (path: string) => path.replace(/:(\w+)/g, '{$1}');

function parameters(spec: AnyRouteSpec, components: SchemaComponents): Json[] {
  const out: Json[] = [];
  const named = (schema: object | undefined, where: 'path' | 'query') => {
    const { properties = {}, required = [] } = (schema ?? {}) as {
      properties?: Record<string, object>;
      required?: string[];
    };
    return Object.entries(properties).map(([name, property]) => ({
      name,
      in: where,
      required: where === 'path' || required.includes(name),
      schema: components.use(property),
    }));
  };
  out.push(...named(spec.params, 'path'));
  for (const [, name] of spec.path.matchAll(/:(\w+)/g)) {
    if (!out.some((p) => (p as JsonObject)['name'] === name)) {
      out.push({ name: name!, in: 'path', required: true, schema: { type: 'string' } });
    }
  }
  out.push(...named(spec.query, 'query'));
  return out;
}

function response(entry: RouteResponse, components: SchemaComponents): JsonObject {
  if (!entry.schema && !entry.contentType) return { description: entry.description };
  const type =
    entry.contentType ?? (entry.schema === problemDetailsSchema ? PROBLEM_CONTENT_TYPE : 'application/json');
  return {
    description: entry.description,
    content: { [type]: entry.schema ? { schema: components.use(entry.schema) } : {} },
  };
}

function operation(spec: AnyRouteSpec, components: SchemaComponents, options: OpenApiOptions): JsonObject {
  const problem = { description: '', schema: problemDetailsSchema };
  const responses: JsonObject = {};
  for (const [status, entry] of Object.entries(spec.responses))
    responses[status] = response(entry, components);
  if (spec.access !== 'public') {
    responses['401'] ??= response({ ...problem, description: 'Missing or invalid credentials.' }, components);
    responses['403'] ??= response(
      { ...problem, description: 'The credentials do not allow this.' },
      components,
    );
  }
  if (options.isRateLimited(spec)) {
    const limited = response(
      { ...problem, description: 'A rate limit is exhausted; retry later.' },
      components,
    );
    responses['429'] = {
      ...((responses['429'] as JsonObject | undefined) ?? limited),
      headers: RATE_LIMIT_HEADERS,
    };
  }
  responses['default'] = response(
    { ...problem, description: 'Any other failure, as problem details.' },
    components,
  );
  const params = parameters(spec, components);
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    tags: [spec.tag],
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(spec.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: components.use(spec.body) },
              ...(spec.upload
                ? { 'multipart/form-data': { schema: multipartSchema(spec.upload, components) } }
                : {}),
            },
          },
        }
      : {}),
    responses,
    security: spec.access === 'public' ? [] : [{ apiKey: [] }, { accessToken: [] }],
    'x-tessera-access': spec.access,
  };
}

/** The form of an upload route: the file plus the other fields, in OpenAPI 3.1's way of saying binary. */
function multipartSchema(upload: UploadSpec, components: SchemaComponents): Json {
  const fields = components.use(upload.fields) as JsonObject;
  const field = upload.field ?? 'file';
  return {
    ...fields,
    properties: {
      [field]: {
        type: 'string',
        contentMediaType: 'application/octet-stream',
        description: `At most ${upload.maxBytes} bytes; the content decides the format.`,
      },
      ...((fields['properties'] as JsonObject | undefined) ?? {}),
    },
    required: [field, ...((fields['required'] as string[] | undefined) ?? [])],
  };
}

/**
 * The OpenAPI 3.1 document of a route list: one operation per route, with the same JSON Schemas
 * the server validates with, collected into `components.schemas`.
 */
export function buildOpenApiDocument(routes: readonly AnyRouteSpec[], options: OpenApiOptions): JsonObject {
  const components = new SchemaComponents();
  const paths: Record<string, JsonObject> = {};
  for (const spec of routes) {
    const path = (paths[toOpenApiPath(spec.path)] ??= {});
    path[spec.method.toLowerCase()] = operation(spec, components, options);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tessera API',
      version,
      description:
        'Chat with assistants that answer from your documents, and manage keys, members and assistants. Errors are RFC 9457 problem details.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].sort().map((name) => ({ name })),
    paths,
    components: { schemas: components.schemas, securitySchemes: SECURITY_SCHEMES },
  };
}
