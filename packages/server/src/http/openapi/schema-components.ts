type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Keywords whose value is one subschema, a list of them, or a name → subschema map. */
const ONE = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
];
const LIST = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const MAP = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `https://tessera.dev/schemas/chat-request.json` → `ChatRequest`. */
function nameFromId(id: string): string {
  const base = id
    .split('/')
    .pop()!
    .replace(/\.json$/, '');
  return base.replace(/(^|[-_.])(\w)/g, (_, _sep: string, letter: string) => letter.toUpperCase());
}

/**
 * Collects JSON Schemas into OpenAPI `components.schemas`. A schema (or subschema) with a `title`
 * or `$id` becomes a component named after it and is replaced by a `$ref`, so a schema used by many
 * operations (problem details, a message) is written once. `$id` and `$schema` are dropped from the
 * copies: inside one document, an `$id` would move the base URI of the `$ref`s under it.
 */
export class SchemaComponents {
  readonly schemas: Record<string, Json> = {};
  private readonly names = new Map<object, string>();
  private readonly bodies = new Map<string, string>();

  /** The schema as it should appear in an operation: a `$ref`, or an inline copy. */
  use(schema: object): Json {
    return this.walk(schema);
  }

  private walk(schema: unknown): Json {
    if (!isObject(schema)) return schema as Json;
    const known = this.names.get(schema);
    if (known) return { $ref: `#/components/schemas/${known}` };
    const title = typeof schema['title'] === 'string' ? schema['title'] : undefined;
    const id = typeof schema['$id'] === 'string' ? schema['$id'] : undefined;
    const copy = this.copy(schema);
    if (!title && !id) return copy;
    const name = this.register(title ?? nameFromId(id!), copy);
    this.names.set(schema, name);
    return { $ref: `#/components/schemas/${name}` };
  }

  private copy(schema: Record<string, unknown>): JsonObject {
    const out: JsonObject = {};
    for (const [keyword, value] of Object.entries(schema)) {
      if (keyword === '$id' || keyword === '$schema') continue;
      if (ONE.includes(keyword)) out[keyword] = this.walk(value);
      else if (LIST.includes(keyword) && Array.isArray(value)) out[keyword] = value.map((v) => this.walk(v));
      else if (MAP.includes(keyword) && isObject(value)) {
        out[keyword] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.walk(v)]));
      } else out[keyword] = value as Json;
    }
    return out;
  }

  /** Registers a body under `wanted`, reusing an identical one and numbering a different one. */
  private register(wanted: string, body: JsonObject): string {
    const text = JSON.stringify(body);
    for (let n = 1; ; n++) {
      const name = n === 1 ? wanted : `${wanted}${n}`;
      const existing = this.bodies.get(name);
      if (existing === undefined) {
        this.bodies.set(name, text);
        this.schemas[name] = body;
        return name;
      }
      if (existing === text) return name;
    }
  }
}

export type { Json, JsonObject };
