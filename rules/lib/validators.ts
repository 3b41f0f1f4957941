/** REST request validators (DG api-gateway-swagger-extensions-request-validator*). */
import { isObject } from './apigw.js';
import { operations, type OperationRef } from './security.js';

export const VALIDATORS = 'x-amazon-apigateway-request-validators';
export const VALIDATOR = 'x-amazon-apigateway-request-validator';

/** The validator an operation uses (its own, else the root default), with where it came from. */
export function validatorOf(root: any, op: OperationRef): { name: string; explicit: boolean } | undefined {
  const own = op.operation[VALIDATOR];
  if (typeof own === 'string') return { name: own, explicit: true };
  if (typeof root?.[VALIDATOR] === 'string') return { name: root[VALIDATOR], explicit: false };
  return undefined;
}

export function validatorDefinition(
  root: any,
  name: string,
): { validateRequestBody?: unknown; validateRequestParameters?: unknown } | undefined {
  const map = root?.[VALIDATORS];
  return isObject(map) && isObject(map[name]) ? map[name] : undefined;
}

export { operations };
