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

/**
 * The endpoint type as far as the document tells: the declared one, else PRIVATE when
 * `vpcEndpointIds` are listed (only PRIVATE APIs take them); undefined when unknown.
 */
export function endpointTypeOf(root: any): EndpointType | undefined {
  if (endpointType) return endpointType;
  const configs = [root?.['x-amazon-apigateway-endpoint-configuration'], ...(Array.isArray(root?.servers) ? root.servers.map((s: any) => s?.['x-amazon-apigateway-endpoint-configuration']) : [])];
  if (configs.some((c) => Array.isArray(c?.vpcEndpointIds) && c.vpcEndpointIds.length > 0)) return 'PRIVATE';
  return undefined;
}
