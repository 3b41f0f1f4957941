/**
 * Is a file a CloudFormation/SAM template, and does it hold an API Gateway API? Decided by content
 * (`AWSTemplateFormatVersion`, `Transform`, `Resources` of `AWS::` types), never by file name.
 */

/** Resource types that define an API apigw reads. */
export const API_RESOURCE_TYPES = [
  'AWS::Serverless::Api',
  'AWS::Serverless::HttpApi',
  'AWS::Serverless::WebSocketApi',
  'AWS::ApiGateway::RestApi',
  'AWS::ApiGatewayV2::Api',
] as const;

/** True for parsed data shaped like a template: a `Resources` mapping with at least one `AWS::` typed resource. */
export function isTemplateData(data: unknown): data is { Resources: Record<string, unknown> } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const doc = data as Record<string, unknown>;
  if ('openapi' in doc || 'swagger' in doc) return false;
  const resources = doc.Resources;
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) return false;
  return Object.values(resources).some(
    (r) =>
      typeof (r as { Type?: unknown } | null)?.Type === 'string' &&
      /^(AWS|Custom)::|^Alexa::/.test((r as { Type: string }).Type),
  );
}
