/**
 * CloudFormation/SAM intrinsics inside definitions (`!Sub`, `!GetAtt`, `{ "Fn::Sub": ... }`, ...).
 * API Gateway never sees them: CloudFormation resolves them first. apigw treats them as opaque
 * values, so checks that need the real value say they cannot decide instead of reporting an error.
 */
import { keysOf } from './keys.js';

/** YAML short-form tags and the long-form function each stands for. */
export const SHORT_TAGS: Record<string, string> = {
  '!Ref': 'Ref',
  '!Sub': 'Fn::Sub',
  '!GetAtt': 'Fn::GetAtt',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!If': 'Fn::If',
  '!Equals': 'Fn::Equals',
  '!Not': 'Fn::Not',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!FindInMap': 'Fn::FindInMap',
  '!ImportValue': 'Fn::ImportValue',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!GetAZs': 'Fn::GetAZs',
  '!Transform': 'Fn::Transform',
  '!Condition': 'Condition',
  '!ToJsonString': 'Fn::ToJsonString',
  '!Length': 'Fn::Length',
};

/** True for `{ "Ref": x }` and `{ "Fn::*": x }` objects (exactly one key). */
export function isIntrinsic(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  // Called on every object of multi-MB documents: keysOf avoids the parser Proxy's traps.
  const keys = keysOf(value);
  return keys.length === 1 && isIntrinsicKey(keys[0]!);
}

/** The one key of an intrinsic function object: `Ref` or `Fn::*`. */
export function isIntrinsicKey(key: string): boolean {
  return key === 'Ref' || key.startsWith('Fn::');
}

/** The long-form object a short tag stands for; `!Sub` keeps its string (placeholders stay visible to checks). */
export function intrinsicValue(fn: string, value: unknown): unknown {
  if (fn === 'Fn::Sub')
    return typeof value === 'string'
      ? value
      : Array.isArray(value) && typeof value[0] === 'string'
        ? value[0]
        : { [fn]: value };
  if (fn === 'Fn::GetAtt' && typeof value === 'string') return { [fn]: value.split('.') };
  return { [fn]: value };
}

/** `{ "Fn::Sub": "s" }` / `{ "Fn::Sub": ["s", {...}] }` as the string s; other values unchanged. */
export function subString(value: unknown): unknown {
  if (!isIntrinsic(value) || !('Fn::Sub' in value)) return value;
  const sub = value['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  if (Array.isArray(sub) && typeof sub[0] === 'string') return sub[0];
  return value;
}

const PLACEHOLDER = /\$\{([^}]+)\}/g;

/**
 * Placeholders a deploy tool substitutes before API Gateway sees the text: CloudFormation
 * `${AWS::Region}`, `${Fn.Arn}`, Terraform `${var}`. `${stageVariables.x}` is API Gateway's own
 * syntax and is not a placeholder.
 */
export function placeholdersIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) if (!m[1].startsWith('stageVariables.')) found.push(m[1]);
  return found;
}

/** Values API Gateway itself substitutes at import (`${AWS::Region}` etc., DG "import-api-aws-variables"). */
export const AWS_IMPORT_VARIABLES = ['AWS::AccountId', 'AWS::Partition', 'AWS::Region'];

/** Placeholders in `text` that API Gateway does not resolve itself: filled in by a deploy tool, unknown offline. */
export function foreignPlaceholders(text: string): string[] {
  return placeholdersIn(text).filter((p) => !AWS_IMPORT_VARIABLES.includes(p));
}

/**
 * True when a check on this value cannot be decided offline: an intrinsic other than a `Fn::Sub`
 * whose text API Gateway can resolve, or text with a deploy-time placeholder.
 */
export function isOpaque(value: unknown): boolean {
  const text = subString(value);
  if (typeof text !== 'string') return isIntrinsic(text);
  return foreignPlaceholders(text).length > 0;
}
