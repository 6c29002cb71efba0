import { z } from 'zod';
import { SESSION_COOKIE } from './auth-middleware';
import { RouteSpec } from './route';

/** A JSON object as it appears in the document; the shape is checked by the tests, not by types. */
export type JsonObject = Record<string, unknown>;

export interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  security: Record<string, string[]>[];
  'x-roles'?: string | readonly string[];
  requestBody?: JsonObject;
  parameters?: JsonObject[];
  responses: Record<string, JsonObject>;
}

export type PathItem = Partial<Record<RouteSpec['method'], Operation>> & { parameters?: JsonObject[] };

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string };
  servers: { url: string }[];
  paths: Record<string, PathItem>;
  components: { securitySchemes: JsonObject; schemas: Record<string, JsonObject>; responses: JsonObject };
}

const PREFIX = '/api'; // where api-router.ts mounts every route
const ERROR_REF = { $ref: '#/components/responses/Error' };
const PARAM = /:(\w+)/g;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `/tasks/:id/complete` → `/api/tasks/{id}/complete`. */
function openApiPath(path: string): string {
  return PREFIX + path.replace(PARAM, '{$1}');
}

function pathParams(path: string): string[] {
  return [...path.matchAll(PARAM)].map((match) => match[1]);
}

/** `post /tasks/:id/complete` → `postTasksByIdComplete`: readable in generated clients and stable across builds. */
function operationIdOf(spec: RouteSpec): string {
  const words = spec.path
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => (segment.startsWith(':') ? ['by', segment.slice(1)] : segment.split(/[^A-Za-z0-9]+/)));
  return spec.method + words.filter(Boolean).map(capitalise).join('');
}

/**
 * Zod puts recursive parts (z.json()) under `$defs` and points at them with `#/$defs/…`; inside the
 * document that pointer would resolve against the document root, so the parts move to components.
 */
function hoistDefs(schema: JsonObject, owner: string, components: Record<string, JsonObject>): JsonObject {
  const { $schema: _dialect, $defs, ...rest } = schema;
  const rename = (name: string) => `${owner}.${name.replace(/^_+/, '')}`;
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) =>
        key === '$ref' && typeof inner === 'string' && inner.startsWith('#/$defs/')
          ? [key, `#/components/schemas/${rename(inner.slice('#/$defs/'.length))}`]
          : [key, rewrite(inner)],
      ),
    );
  };
  for (const [name, def] of Object.entries(($defs ?? {}) as Record<string, unknown>)) components[rename(name)] = rewrite(def) as JsonObject;
  return rewrite(rest) as JsonObject;
}

/** The wire side (input), so fields with defaults are optional and timestamps are strings; coerced or custom types become `{}`. */
function wireSchema(schema: z.ZodType, owner: string, components: Record<string, JsonObject>): JsonObject {
  return hoistDefs(z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonObject, owner, components);
}

function requestBody(body: z.ZodType, owner: string, components: Record<string, JsonObject>): JsonObject {
  // api-router validates a missing body as `{}`, so a body that accepts `{}` may be left out.
  return { required: !body.safeParse({}).success, content: { 'application/json': { schema: wireSchema(body, owner, components) } } };
}

/** Each field of a declared query as a query parameter. */
function queryParameters(query: z.ZodType, owner: string, components: Record<string, JsonObject>): JsonObject[] {
  const schema = wireSchema(query, owner, components) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({ name, in: 'query', required: schema.required?.includes(name) ?? false, schema: property }));
}

/** Only the errors the router and middleware produce for this kind of route; `default` covers the rest. */
function responses(spec: RouteSpec, owner: string, components: Record<string, JsonObject>): Record<string, JsonObject> {
  const codes = [
    ...(spec.body || spec.query ? ['400'] : []),
    ...(spec.body ? ['413', '415'] : []),
    ...(spec.access !== 'public' ? ['401'] : []),
    ...(Array.isArray(spec.access) ? ['403'] : []),
    ...(pathParams(spec.path).length > 0 ? ['404'] : []),
  ].sort();
  // A declared answer is described from its contract; an undeclared one is any JSON.
  const schema = spec.response ? { $ref: `#/components/schemas/${owner}` } : {};
  if (spec.response) components[owner] = wireSchema(spec.response, owner, components);
  const success = { description: 'Success', content: { 'application/json': { schema } } };
  return { '2XX': success, ...Object.fromEntries(codes.map((code) => [code, ERROR_REF])), default: ERROR_REF };
}

function operation(spec: RouteSpec, operationId: string, components: Record<string, JsonObject>): Operation {
  const isPublic = spec.access === 'public';
  return {
    operationId,
    summary: spec.summary,
    tags: [spec.path.split('/').filter(Boolean)[0] ?? 'root'],
    security: isPublic ? [] : [{ session: [] }, { bearer: [] }],
    ...(isPublic ? {} : { 'x-roles': spec.access }),
    ...(spec.body ? { requestBody: requestBody(spec.body, `${operationId}Body`, components) } : {}),
    ...(spec.query ? { parameters: queryParameters(spec.query, `${operationId}Query`, components) } : {}),
    responses: responses(spec, `${operationId}Response`, components),
  };
}

function components(schemas: Record<string, JsonObject>): OpenApiDocument['components'] {
  const errorBody = {
    type: 'object',
    required: ['code', 'message'],
    properties: { code: { type: 'string' }, message: { type: 'string' }, details: {} },
  };
  return {
    securitySchemes: {
      session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      bearer: { type: 'http', scheme: 'bearer' },
    },
    schemas: { Error: { type: 'object', required: ['error'], properties: { error: errorBody } }, ...schemas },
    responses: { Error: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
  };
}

/** The OpenAPI 3.1 description of the mounted routes; built from the route specs, so it cannot drift. */
export function openApiDocument(routes: RouteSpec[], info: { version: string }): OpenApiDocument {
  const paths: Record<string, PathItem> = {};
  const bodySchemas: Record<string, JsonObject> = {};
  const usedIds = new Set<string>();
  for (const spec of routes) {
    const path = openApiPath(spec.path);
    const item = (paths[path] ??= {});
    if (item[spec.method]) throw new Error(`Route ${spec.method.toUpperCase()} ${spec.path} is declared twice`);
    let operationId = operationIdOf(spec);
    // Distinct paths can camel-case alike (`/a-b`, `/a_b`); a suffix keeps the ids unique.
    for (let n = 2; usedIds.has(operationId); n++) operationId = `${operationIdOf(spec)}${n}`;
    usedIds.add(operationId);
    const params = pathParams(spec.path);
    if (params.length > 0) item.parameters = params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    item[spec.method] = operation(spec, operationId, bodySchemas);
  }
  return {
    openapi: '3.1.0',
    info: { title: 'CareFlow API', version: info.version },
    servers: [{ url: '/' }],
    paths,
    components: components(bodySchemas),
  };
}
