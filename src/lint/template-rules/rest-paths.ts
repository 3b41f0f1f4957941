/** The methods (`/pets/{id}` -> GET, POST, ...) of a REST API in a template: its Method resources or its inline OpenAPI body. */
import { apigwMethodOf } from '../../definition/methods.js';
import { restApiFromResources } from '../../definition/template/rest-resources.js';
import type { Resources } from '../../definition/template/refs.js';

/** Path -> upper-case methods (`ANY` for x-amazon-apigateway-any-method); undefined when the API's paths are not in the template. */
export function restMethods(resources: Resources, apiId: string): Map<string, Set<string>> | undefined {
  const api = resources[apiId];
  const props = api?.Properties ?? {};
  let paths: unknown;
  if (api?.Type === 'AWS::ApiGateway::RestApi' && props.Body === undefined && props.BodyS3Location === undefined)
    paths = restApiFromResources(resources, apiId).doc.paths;
  else {
    const body = (props.DefinitionBody ?? props.Body) as { paths?: unknown } | undefined;
    if (!body || typeof body !== 'object' || 'Fn::Transform' in body) return undefined;
    paths = body.paths;
  }
  if (!paths || typeof paths !== 'object') return undefined;
  const out = new Map<string, Set<string>>();
  for (const [path, item] of Object.entries(paths as Record<string, Record<string, unknown>>)) {
    if (!item || typeof item !== 'object') continue;
    const methods = new Set<string>();
    for (const key of Object.keys(item)) {
      const method = apigwMethodOf(key);
      if (method) methods.add(method);
    }
    out.set(path, methods);
  }
  return out;
}
