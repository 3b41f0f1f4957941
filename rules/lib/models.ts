/**
 * Where REST models come from: named schemas (OAS2 `definitions`, OAS3 `components.schemas`) and the
 * body schemas of operations (request bodies and method responses), per content type.
 */
import { isObject, perDocument, type Path } from './apigw.js';
import { operations } from './security.js';

export interface BodySchema {
  path: Path;
  schema: unknown;
  contentType: string;
  role: 'request' | 'response';
}

/** Named model schemas with their paths. */
export function namedModels(root: any): Array<{ name: string; path: Path; schema: unknown }> {
  if (isObject(root?.components?.schemas))
    return Object.entries(root.components.schemas).map(([name, schema]) => ({
      name,
      path: ['components', 'schemas', name],
      schema,
    }));
  if (isObject(root?.definitions))
    return Object.entries(root.definitions).map(([name, schema]) => ({ name, path: ['definitions', name], schema }));
  return [];
}

/**
 * Body schemas of every operation (OAS3 content maps; OAS2 body parameters and response schemas).
 * Worked out once per document and shared by the rules that read it: treat as read-only.
 */
export function bodySchemas(root: any): readonly BodySchema[] {
  return perDocument(root, 'models:bodySchemas', () => findBodySchemas(root));
}

function findBodySchemas(root: any): BodySchema[] {
  const found: BodySchema[] = [];
  const oas2Consumes: string[] = Array.isArray(root?.consumes) ? root.consumes : ['application/json'];
  const oas2Produces: string[] = Array.isArray(root?.produces) ? root.produces : ['application/json'];
  for (const op of operations(root)) {
    const o = op.operation;
    if (isObject(o.requestBody?.content)) {
      for (const [type, media] of Object.entries(o.requestBody.content as Record<string, any>)) {
        if (isObject(media) && media.schema !== undefined)
          found.push({
            path: [...op.path, 'requestBody', 'content', type, 'schema'],
            schema: media.schema,
            contentType: type,
            role: 'request',
          });
      }
    }
    if (Array.isArray(o.parameters)) {
      o.parameters.forEach((p: any, i: number) => {
        if (isObject(p) && p.in === 'body' && p.schema !== undefined) {
          const consumes: string[] = Array.isArray(o.consumes) ? o.consumes : oas2Consumes;
          found.push({
            path: [...op.path, 'parameters', i, 'schema'],
            schema: p.schema,
            contentType: consumes[0] ?? 'application/json',
            role: 'request',
          });
        }
      });
    }
    if (isObject(o.responses)) {
      for (const [status, response] of Object.entries(o.responses as Record<string, any>)) {
        if (!isObject(response)) continue;
        if (isObject(response.content)) {
          for (const [type, media] of Object.entries(response.content as Record<string, any>)) {
            if (isObject(media) && media.schema !== undefined)
              found.push({
                path: [...op.path, 'responses', status, 'content', type, 'schema'],
                schema: media.schema,
                contentType: type,
                role: 'response',
              });
          }
        } else if (response.schema !== undefined) {
          const produces: string[] = Array.isArray(o.produces) ? o.produces : oas2Produces;
          found.push({
            path: [...op.path, 'responses', status, 'schema'],
            schema: response.schema,
            contentType: produces[0] ?? 'application/json',
            role: 'response',
          });
        }
      }
    }
  }
  return found;
}

/**
 * Visits every schema object under `schema` (properties, items, combinators), not following `$ref`.
 * A schema object is visited once per `seen` set: in a resolved document one component schema is
 * shared by every place that references it (and a recursive one is a cycle), so passing the same
 * set to every call reports a component once, at the first path that reaches it (its definition
 * when named models are walked first).
 */
export function walkSchema(
  schema: unknown,
  path: Path,
  visit: (node: Record<string, any>, path: Path) => void,
  seen: Set<object>,
  depth = 0,
): void {
  if (!isObject(schema) || depth > 40 || '$ref' in schema || seen.has(schema)) return;
  seen.add(schema);
  visit(schema, path);
  const walk = (child: unknown, childPath: Path) => walkSchema(child, childPath, visit, seen, depth + 1);
  for (const key of ['properties', 'patternProperties', 'definitions']) {
    if (isObject(schema[key]))
      for (const [name, child] of Object.entries(schema[key])) walk(child, [...path, key, name]);
  }
  for (const key of ['items', 'additionalProperties', 'not'])
    if (isObject(schema[key])) walk(schema[key], [...path, key]);
  if (Array.isArray(schema.items)) schema.items.forEach((c: unknown, i: number) => walk(c, [...path, 'items', i]));
  for (const key of ['allOf', 'anyOf', 'oneOf'])
    if (Array.isArray(schema[key])) schema[key].forEach((c: unknown, i: number) => walk(c, [...path, key, i]));
}

/**
 * Every model schema of a document, each schema object once: named models first, then inline bodies.
 * The walk is made once per document and replayed for each rule (the paths are shared: read-only).
 */
export function walkModels(root: any, visit: (node: Record<string, any>, path: Path) => void): void {
  for (const [node, path] of modelSchemas(root)) visit(node, path);
}

function modelSchemas(root: any): ReadonlyArray<[Record<string, any>, Path]> {
  return perDocument(root, 'models:schemas', () => {
    const found: Array<[Record<string, any>, Path]> = [];
    const collect = (node: Record<string, any>, path: Path) => void found.push([node, path]);
    const seen = new Set<object>();
    for (const model of namedModels(root)) walkSchema(model.schema, model.path, collect, seen);
    for (const body of bodySchemas(root)) walkSchema(body.schema, body.path, collect, seen);
    return found;
  });
}
