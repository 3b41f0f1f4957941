/**
 * The REST endpoint type (EDGE, REGIONAL, PRIVATE) is not part of the OpenAPI document: it is an
 * import parameter or a CloudFormation/Terraform property. `apigw lint` sets it from apigw.yaml
 * (`api.endpointType`); without it, rules that depend on it only say what they cannot decide.
 */
export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE';

let endpointType: EndpointType | undefined;

export function setEndpointTypeOverride(value: EndpointType | undefined): void {
  endpointType = value;
}

/** The endpoint type the user declared, if any. */
export function declaredEndpointType(): EndpointType | undefined {
  return endpointType;
}
