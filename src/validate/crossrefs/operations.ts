/** Walks the operations of a resolved definition with the parameters that apply to each. */
import type { JsonPath } from '../../core/finding.js';
import { operationsOf as definitionOperations } from '../../definition/methods.js';
import { isRefObject } from '../../definition/refs.js';

export { OPENAPI_METHODS as HTTP_METHODS, ANY_METHOD } from '../../definition/methods.js';

export interface Parameter {
  name: string;
  in: string;
  /** Path of the parameter object in the resolved document. */
  path: JsonPath;
}

export interface OperationRef {
  pathKey: string;
  method: string;
  operation: Record<string, any>;
  path: JsonPath;
  /** Path-item parameters overridden by operation parameters with the same name and location. */
  parameters: Parameter[];
  /** False when a parameter could not be resolved (remote $ref): "not declared" cannot be decided. */
  parametersKnown: boolean;
}

const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function operationsOf(doc: any): OperationRef[] {
  const out: OperationRef[] = [];
  for (const { pathKey, pathItem, method, operation, path } of definitionOperations(doc)) {
    if (!pathKey.startsWith('/')) continue;
    const shared = collect(pathItem.parameters, ['paths', pathKey, 'parameters']);
    const own = collect(operation.parameters, [...path, 'parameters']);
    const key = (p: Parameter) => `${p.in}\u0000${p.name}`;
    const ownKeys = new Set(own.params.map(key));
    out.push({
      pathKey,
      method,
      operation,
      path,
      parameters: [...shared.params.filter((p) => !ownKeys.has(key(p))), ...own.params],
      parametersKnown: shared.known && own.known,
    });
  }
  return out;
}

function collect(list: unknown, path: JsonPath): { params: Parameter[]; known: boolean } {
  const params: Parameter[] = [];
  let known = true;
  if (!Array.isArray(list)) return { params, known };
  list.forEach((p, i) => {
    if (isRefObject(p) || !isObject(p) || typeof p.name !== 'string' || typeof p.in !== 'string') known = false;
    else params.push({ name: p.name, in: p.in, path: [...path, i] });
  });
  return { params, known };
}

/** `{id}` and greedy `{proxy+}` placeholders of a path template, as parameter names. */
export function templateParameters(pathKey: string): string[] {
  return [...pathKey.matchAll(/\{([^}]+)\}/g)].map((m) => m[1].replace(/\+$/, ''));
}
