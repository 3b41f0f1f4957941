/**
 * Is a file a CloudFormation/SAM template, and does it hold an API Gateway API? Decided by content
 * (`AWSTemplateFormatVersion`, `Transform`, `Resources` of `AWS::` types), never by file name.
 */
import { readFileSync } from 'node:fs';

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

const API_TYPE_TEXT =
  /["']?Type["']?\s*:\s*["']?AWS::(Serverless::(Api|HttpApi|WebSocketApi)|ApiGateway::RestApi|ApiGatewayV2::Api)\b/;
const TEMPLATE_MARK = /^\s*["']?(AWSTemplateFormatVersion|Resources|Transform)["']?\s*:/m;

/**
 * A cheap look at a file's text (no parse): is it a template that declares an API resource? For
 * `--ignore-unknown` (pre-commit hands every YAML/JSON file to lint): a template without an API
 * resource holds nothing apigw checks.
 */
export function templateTextHoldsApi(text: string): boolean {
  return TEMPLATE_MARK.test(text) && API_TYPE_TEXT.test(text);
}

/** The same question for a file; unreadable files answer true so the loader reports why. */
export function templateHoldsApi(file: string): boolean {
  try {
    return templateTextHoldsApi(readFileSync(file, 'utf8'));
  } catch {
    return true;
  }
}
