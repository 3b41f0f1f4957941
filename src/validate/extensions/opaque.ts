/**
 * Values a deploy tool fills in (CloudFormation intrinsics, `${...}` placeholders) cannot be checked
 * offline. Decision: `${AWS::Region}`, `${AWS::AccountId}` and `${AWS::Partition}` are substituted
 * with representative values before checking, because API Gateway itself resolves them at import
 * (DG https://docs.aws.amazon.com/apigateway/latest/developerguide/import-api-aws-variables.html), so
 * any real value is legitimate. Every other placeholder or intrinsic makes a failing check
 * undecidable: one info finding (`apigw-undecidable`) instead of a false error.
 */
import { foreignPlaceholders, isIntrinsic } from '../../definition/intrinsics.js';

const REPRESENTATIVE: Record<string, string> = {
  'AWS::Region': 'us-east-1',
  'AWS::AccountId': '123456789012',
  'AWS::Partition': 'aws',
};

export function substituteAwsVariables(text: string): string {
  return text.replace(/\$\{(AWS::(?:Region|AccountId|Partition))\}/g, (_, name: string) => REPRESENTATIVE[name]);
}

/** A copy of `value` with AWS import variables substituted in every string (keys too). */
export function withAwsVariables(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return substituteAwsVariables(value);
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  if (Array.isArray(value)) return value.map((v) => withAwsVariables(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[substituteAwsVariables(k)] = withAwsVariables(v, depth + 1);
  return out;
}

/** Why a value cannot be checked offline, or undefined when it can. */
export function opaqueReason(value: unknown): string | undefined {
  if (isIntrinsic(value)) return `is a CloudFormation intrinsic (${Object.keys(value)[0]})`;
  if (typeof value !== 'string') return undefined;
  const unresolved = foreignPlaceholders(value);
  if (unresolved.length === 0) return undefined;
  return `contains \${${unresolved[0]}}, which is filled in at deploy time`;
}
