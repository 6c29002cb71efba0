import { auditRoutes } from '../modules/audit/routes';
import { deploymentRoutes } from '../modules/deployments/routes';
import { healthRoutes } from '../modules/health/routes';
import { identityRoutes } from '../modules/identity/routes';
import { userRoutes } from '../modules/identity/users-routes';
import { processInstanceRoutes } from '../modules/process-instances/routes';
import { taskRoutes } from '../modules/tasks/routes';
import { formRoutes } from '../modules/forms/routes';
import { serviceTypeRoutes } from '../modules/service-types/routes';
import { caseRoutes } from '../modules/cases/routes';
import { messageRoutes } from '../modules/messages/routes';
import { incidentRoutes } from '../modules/incidents/routes';
import { JsonObject, OpenApiDocument, Operation, openApiDocument } from './openapi';
import { RouteSpec } from './route';

// The factories only close over their services, so stand-ins are enough to list the real routes.
const routes: RouteSpec[] = [
  ...healthRoutes({} as never),
  ...identityRoutes({} as never),
  ...userRoutes({} as never),
  ...auditRoutes({} as never, 'Asia/Shanghai'),
  ...deploymentRoutes({} as never),
  ...processInstanceRoutes({} as never),
  ...taskRoutes({} as never, {} as never),
  ...formRoutes({} as never),
  ...serviceTypeRoutes({} as never),
  ...caseRoutes({} as never),
  ...messageRoutes({} as never, {} as never),
  ...incidentRoutes({} as never, {} as never),
];

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function operations(doc: OpenApiDocument): { path: string; method: string; op: Operation }[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ path, method, op: item[method] }] : [])),
  );
}

function operationFor(doc: OpenApiDocument, spec: RouteSpec): Operation {
  const op = doc.paths[`/api${spec.path.replace(/:(\w+)/g, '{$1}')}`]?.[spec.method];
  if (!op) throw new Error(`no operation for ${spec.method} ${spec.path}`);
  return op;
}

/** Every `$ref` in the document, with where it was found. */
function refsIn(value: unknown, at = '#'): { at: string; ref: string }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => refsIn(item, `${at}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === '$ref' && typeof inner === 'string' ? [{ at, ref: inner }] : refsIn(inner, `${at}/${key}`),
  );
}

/** Follows a local JSON pointer (`#/a/b`) through the document; undefined when it leads nowhere. */
function resolve(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as JsonObject)[part] : undefined), doc);
}

describe('openApiDocument', () => {
  const doc = openApiDocument(routes, { version: '9.9.9' });

  it('given the real routes, when the document is built, then it is an OpenAPI 3.1 document for CareFlow', () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toEqual({ title: 'CareFlow API', version: '9.9.9' });
    expect(doc.servers).toEqual([{ url: '/' }]);
  });

  it('given the real routes, when the document is built, then every route appears exactly once under its /api path and method', () => {
    const listed = operations(doc).map(({ path, method }) => `${method} ${path}`);
    const expected = routes.map((spec) => `${spec.method} /api${spec.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(listed.sort()).toEqual(expected.sort());
    expect(new Set(listed).size).toBe(listed.length);
    expect(doc.paths['/api/tasks/{id}/complete']?.post?.summary).toBe('Complete a task with its form values (checked against the form)');
  });

  it('given routes with path params, when the document is built, then each template param is declared as a required string', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      const declared = (item.parameters ?? []).map((param) => param.name);
      expect({ path, declared }).toEqual({ path, declared: templated });
      for (const param of item.parameters ?? []) expect(param).toEqual({ name: param.name, in: 'path', required: true, schema: { type: 'string' } });
    }
    expect(doc.paths['/api/users/{id}']?.parameters).toHaveLength(1);
  });

  it('given public and protected routes, when the document is built, then only protected ones require a session or a bearer token', () => {
    for (const spec of routes) {
      const op = operationFor(doc, spec);
      if (spec.access === 'public') {
        expect(op.security).toEqual([]);
        expect(op['x-roles']).toBeUndefined();
        expect(op.responses['401']).toBeUndefined();
      } else {
        expect(op.security).toEqual([{ session: [] }, { bearer: [] }]);
        expect(op['x-roles']).toEqual(spec.access);
        expect(op.responses['401']).toEqual({ $ref: '#/components/responses/Error' });
      }
    }
    expect(doc.paths['/api/auth/login']?.post?.security).toEqual([]);
    expect(doc.paths['/api/deployments']?.post?.['x-roles']).toEqual(['admin']);
    expect(doc.components.securitySchemes).toEqual({
      session: { type: 'apiKey', in: 'cookie', name: 'careflow_session' },
      bearer: { type: 'http', scheme: 'bearer' },
    });
  });

  it('given the login route, when the document is built, then its JSON body requires username and password and nothing else', () => {
    const body = doc.paths['/api/auth/login']?.post?.requestBody as { required: boolean; content: Record<string, { schema: JsonObject }> };
    const schema = body.content['application/json'].schema;
    expect(body.required).toBe(true);
    expect(schema).toMatchObject({ type: 'object', additionalProperties: false, properties: { username: { type: 'string' }, password: { type: 'string' } } });
    expect([...(schema.required as string[])].sort()).toEqual(['password', 'username']);
  });

  it('given bodies with defaults, when the document is built, then the input side is described (defaulted fields optional)', () => {
    const body = doc.paths['/api/users']?.post?.requestBody as { content: Record<string, { schema: JsonObject }> };
    const required = body.content['application/json'].schema.required as string[];
    expect(required).toEqual(expect.arrayContaining(['username', 'password', 'displayName', 'roles']));
    expect(required).not.toContain('groups');
    // Every field of the completion body has a default, so the body itself may be left out.
    expect(doc.paths['/api/tasks/{id}/complete']?.post?.requestBody?.required).toBe(false);
  });

  it('given routes with and without bodies, when the document is built, then each declares a 2XX and the errors that apply', () => {
    for (const spec of routes) {
      const { responses } = operationFor(doc, spec);
      const success = spec.response ? { $ref: `#/components/schemas/${operationFor(doc, spec).operationId}Response` } : {};
      expect(responses['2XX']).toEqual({ description: 'Success', content: { 'application/json': { schema: success } } });
      expect(responses.default).toEqual({ $ref: '#/components/responses/Error' });
      expect(responses['400'] !== undefined).toBe(spec.body !== undefined || spec.query !== undefined);
      expect(responses['413'] !== undefined).toBe(spec.body !== undefined);
      expect(responses['403'] !== undefined).toBe(Array.isArray(spec.access));
      expect(responses['404'] !== undefined).toBe(spec.path.includes(':'));
      expect(operationFor(doc, spec).requestBody !== undefined).toBe(spec.body !== undefined);
    }
  });

  it('given the inbox route, when the document is built, then its query fields are parameters and its answer is described as the browser reads it', () => {
    const inbox = doc.paths['/api/tasks']?.get;
    const params = (inbox?.parameters ?? []) as { name: string; in: string; required: boolean; schema: JsonObject }[];
    expect(params.map((p) => p.name)).toEqual(['view', 'status', 'caseId', 'serviceType', 'processInstanceKey', 'bpmnProcessId', 'sort', 'page', 'pageSize']);
    expect(params.every((p) => p.in === 'query' && !p.required)).toBe(true);
    expect(params.find((p) => p.name === 'view')?.schema.enum).toEqual(['visible', 'mine', 'groups', 'unassigned', 'all']);
    const answer = doc.components.schemas.getTasksResponse as { required: string[]; properties: { tasks: { items: { properties: Record<string, JsonObject> } } } };
    expect(answer.required).toEqual(['tasks', 'total', 'totalCapped']);
    const line = answer.properties.tasks.items.properties;
    // Timestamps are strings on the wire; an inbox line carries no variables.
    expect(line.createdAt).toMatchObject({ type: 'string', format: 'date-time' });
    expect(line.variables).toBeUndefined();
  });

  it('given all operations, when their ids and tags are read, then the ids are unique camelCase and the tag is the first path segment', () => {
    const ops = operations(doc);
    const ids = ops.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path, op } of ops) {
      expect(op.operationId).toMatch(/^(get|post|put|patch|delete)[A-Z][A-Za-z0-9]*$/);
      expect(op.tags).toEqual([path.split('/')[2]]);
    }
    expect(doc.paths['/api/tasks/{id}/complete']?.post?.operationId).toBe('postTasksByIdComplete');
    expect(doc.paths['/api/process-instances']?.post?.tags).toEqual(['process-instances']);
  });

  it('given the same routes, when the document is built twice, then it is identical (stable ids and component names)', () => {
    expect(openApiDocument(routes, { version: '9.9.9' })).toEqual(doc);
  });

  it('given a route declared twice, when the document is built, then it refuses', () => {
    expect(() => openApiDocument([routes[0], routes[0]], { version: '1' })).toThrow(/declared twice/);
  });

  // No OpenAPI 3.1 validator is installed (only ajv 6, which predates JSON Schema 2020-12), so the
  // structural rules a validator would catch for this document are checked here.
  it('given the document, when checked structurally, then every $ref resolves inside it and the required fields are present', () => {
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(0);
    for (const { at, ref } of refs) expect({ at, ref, resolves: resolve(doc, ref) !== undefined }).toEqual({ at, ref, resolves: true });
    // z.json() is recursive; its definitions must have moved out of the body schemas into components.
    expect(refs.some(({ ref }) => ref.startsWith('#/components/schemas/') && ref !== '#/components/schemas/Error')).toBe(true);
    expect(JSON.stringify(doc)).not.toContain('#/$defs/');

    for (const name of [...Object.keys(doc.components.schemas), ...Object.keys(doc.components.responses)]) expect(name).toMatch(/^[a-zA-Z0-9.\-_]+$/);
    for (const path of Object.keys(doc.paths)) expect(path).toMatch(/^\/api\//);
    const schemes = Object.keys(doc.components.securitySchemes);
    for (const { op } of operations(doc)) {
      expect(op.summary.length).toBeGreaterThan(0);
      expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      for (const [code, response] of Object.entries(op.responses)) {
        expect(code).toMatch(/^([1-5](\d\d|XX)|default)$/);
        expect(typeof response.description === 'string' || typeof response.$ref === 'string').toBe(true);
      }
      for (const requirement of op.security) for (const scheme of Object.keys(requirement)) expect(schemes).toContain(scheme);
    }
    expect(doc.components.schemas.Error).toMatchObject({ properties: { error: { required: ['code', 'message'] } } });
  });
});
