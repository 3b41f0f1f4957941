/**
 * The REST endpoint type as rules see it: `apigw lint` sets it from apigw.yaml (`api.endpointType`);
 * without it, rules that depend on it only say what they cannot decide. Detection from the
 * document lives in src/definition/endpoint-type.ts.
 */
import { endpointTypeFromDocument, type EndpointType } from '../../src/definition/endpoint-type.js';

export type { EndpointType } from '../../src/definition/endpoint-type.js';

let endpointType: EndpointType | undefined;

export function setEndpointTypeOverride(value: EndpointType | undefined): void {
  endpointType = value;
}

/** The endpoint type the user declared, if any. */
export function declaredEndpointType(): EndpointType | undefined {
  return endpointType;
}

/** The declared endpoint type, else what the document tells (see endpointTypeFromDocument). */
export function endpointTypeOf(root: any): EndpointType | undefined {
  return endpointType ?? endpointTypeFromDocument(root);
}
