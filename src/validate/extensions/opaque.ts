/**
 * Values a deploy tool fills in (CloudFormation intrinsics, `${...}` placeholders) cannot be checked
 * offline. Decision: `${AWS::Region}`, `${AWS::AccountId}` and `${AWS::Partition}` are substituted
 * with representative values before checking, because API Gateway itself resolves them at import
 * (DG https://docs.aws.amazon.com/apigateway/latest/developerguide/import-api-aws-variables.html), so
 * any real value is legitimate. Every other placeholder or intrinsic makes a failing check
 * undecidable: one info finding (`apigw-undecidable`) instead of a false error.
 */
import { types } from 'node:util';
import { foreignPlaceholders, isIntrinsic } from '../../definition/intrinsics.js';

const REPRESENTATIVE: Record<string, string> = {
  'AWS::Region': 'us-east-1',
  'AWS::AccountId': '123456789012',
  'AWS::Partition': 'aws',
};

export function substituteAwsVariables(text: string): string {
  return text.replace(/\$\{(AWS::(?:Region|AccountId|Partition))\}/g, (_, name: string) => REPRESENTATIVE[name]);
}

/**
 * `value` with AWS import variables substituted in every string (keys too). What holds none is
 * returned as it is (the checks only read it); what holds one is copied, with its ancestors.
 */
export function withAwsVariables(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return AWS_VARIABLE.test(value) ? substituteAwsVariables(value) : value;
  if (value === null || typeof value !== 'object' || depth > 64) return value;
  return plainWithoutAwsVariables(value, depth) ? value : copyWithAwsVariables(value, depth);
}

const AWS_VARIABLE = /\$\{AWS::(?:Region|AccountId|Partition)\}/;

/**
 * True when copying `value` would give an equal object: plain data (an array, or an object whose
 * prototype is Object's, not a key-order Proxy, no `__proto__` key) with no AWS variable in any
 * string or key, to the depth the copy goes.
 */
function plainWithoutAwsVariables(value: object, depth: number): boolean {
  if (types.isProxy(value)) return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!unchanged(value[i], depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (key === '__proto__' || AWS_VARIABLE.test(key) || !unchanged(record[key], depth + 1)) return false;
  }
  return true;
}

function unchanged(value: unknown, depth: number): boolean {
  if (typeof value === 'string') return !AWS_VARIABLE.test(value);
  if (value === null || typeof value !== 'object' || depth > 64) return true;
  return plainWithoutAwsVariables(value, depth);
}

function copyWithAwsVariables(value: object, depth: number): unknown {
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

/**
 * A copy of `value` with every `Fn::If` replaced by one of its two branches (1 = when true, 2 = when
 * false; a `Ref: AWS::NoValue` branch drops the key), or undefined when there is no Fn::If. When the
 * value checks out under both choices, CloudFormation cannot produce a failing one, so nothing is
 * undecided (SAM's CORS `!If [IsProd, "'https://x'", "'*'"]` is the common case).
 */
export function withIfBranch(value: unknown, branch: 1 | 2): { value: unknown; found: boolean } {
  let found = false;
  const NO_VALUE = Symbol('no value');
  const visit = (node: unknown, depth: number): unknown => {
    if (node === null || typeof node !== 'object' || depth > 64) return node;
    if (isIntrinsic(node) && 'Fn::If' in node && Array.isArray(node['Fn::If']) && node['Fn::If'].length === 3) {
      found = true;
      const chosen = (node['Fn::If'] as unknown[])[branch];
      if (isIntrinsic(chosen) && (chosen as Record<string, unknown>).Ref === 'AWS::NoValue') return NO_VALUE;
      return visit(chosen, depth + 1);
    }
    if (Array.isArray(node)) return node.map((v) => visit(v, depth + 1)).filter((v) => v !== NO_VALUE);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) {
      const next = visit(v, depth + 1);
      if (next !== NO_VALUE) out[k] = next;
    }
    return out;
  };
  const result = visit(value, 0);
  return { value: result === NO_VALUE ? undefined : result, found };
}
