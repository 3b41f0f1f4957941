/**
 * The REST endpoint type (EDGE, REGIONAL, PRIVATE) is not part of the OpenAPI document: it is an
 * import parameter or a CloudFormation/Terraform property, declared to apigw in apigw.yaml
 * (`api.endpointType`). The document alone tells only one case.
 */
export type EndpointType = 'EDGE' | 'REGIONAL' | 'PRIVATE';

/**
 * The endpoint type as far as the document tells: PRIVATE when `vpcEndpointIds` are listed (only
 * PRIVATE APIs take them); undefined when unknown.
 */
export function endpointTypeFromDocument(root: any): EndpointType | undefined {
  const configs = [
    root?.['x-amazon-apigateway-endpoint-configuration'],
    ...(Array.isArray(root?.servers)
      ? root.servers.map((s: any) => s?.['x-amazon-apigateway-endpoint-configuration'])
      : []),
  ];
  if (configs.some((c) => Array.isArray(c?.vpcEndpointIds) && c.vpcEndpointIds.length > 0)) return 'PRIVATE';
  return undefined;
}
