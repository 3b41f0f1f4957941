/**
 * Validates one extension value against its JSON Schema and turns Ajv's errors into precise,
 * user-facing messages. Schemas carry small annotations Ajv ignores (strict mode off, as in Spectral):
 *   x-apigw-enum    the documented values of a case-insensitive enum (the schema checks it with a
 *                   character-class pattern such as `^(?:[Mm][Oo][Cc][Kk])$`, portable JSON Schema)
 *   x-apigw-expect  what a value must look like, in words
 *   x-apigw-why     why a field is required or bounded
 */
import type { ErrorObject } from 'ajv';
import type { JsonPath, Severity } from '../../core/finding.js';
import { compileSchema, readSchema } from '../../definition/json-schema.js';
import { decodePointer } from '../../definition/refs.js';
import type { ApiFlavour } from '../../definition/types.js';
import { opaqueReason, withAwsVariables, withIfBranch } from './opaque.js';
import { didYouMean } from '../../core/suggest.js';
import { harmlessIgnoredField } from '../../../rules/lib/ignored-fields.js';

export const CODES = {
  schema: 'apigw-extension-schema',
  unknownField: 'apigw-extension-unknown-field',
  flavour: 'apigw-extension-flavour',
  undecidable: 'apigw-undecidable',
} as const;

export interface ValueIssue {
  code: string;
  severity: Severity;
  message: string;
  /** Path below the extension's value. */
  at: JsonPath;
}

export interface ValueCheck {
  /** Label the messages start with (`x-amazon-apigateway-integration`). */
  label: string;
  value: unknown;
  schema: string;
  /** Same extension's schema for the other flavour, to recognise values that belong there. */
  otherSchema?: string;
  flavour: ApiFlavour;
}

type SchemaNode = Record<string, any>;
const rawSchemas = new Map<string, SchemaNode>();
function rawSchema(name: string): SchemaNode {
  let s = rawSchemas.get(name);
  if (!s) rawSchemas.set(name, (s = readSchema(name) as SchemaNode));
  return s;
}

function nodeAt(root: SchemaNode, segments: string[]): SchemaNode | undefined {
  let node: any = root;
  for (const s of segments) {
    if (node === null || typeof node !== 'object' || !(s in node)) return undefined;
    node = node[s];
  }
  return node && typeof node === 'object' ? node : undefined;
}

export function checkValue(check: ValueCheck): ValueIssue[] {
  const validate = compileSchema(check.schema);
  if (validate(withAwsVariables(check.value))) return [];
  // An `Fn::If` is decidable: CloudFormation picks one of its branches, so a check that passes under
  // both is not blocked. The places that fail under either choice (JSON pointers), if there is an If.
  let failingUnderIf: string[] | undefined;
  if (withIfBranch(check.value, 1).found) {
    failingUnderIf = [];
    for (const branch of [1, 2] as const) {
      if (!validate(withAwsVariables(withIfBranch(check.value, branch).value)))
        failingUnderIf.push(...(validate.errors ?? []).map((e) => e.instancePath));
    }
    validate(withAwsVariables(check.value)); // the errors reported below are those of the value as written
  }
  const root = rawSchema(check.schema);
  const other = check.otherSchema ? rawSchema(check.otherSchema) : undefined;
  const issues: ValueIssue[] = [];
  const undecided = new Set<string>();
  for (const error of validate.errors ?? []) {
    const schemaSegments = decodePointer(error.schemaPath.replace(/^#/, ''));
    // Branch details of anyOf/propertyNames are summarised by the error of the keyword itself;
    // `if` failures only say that a `then` failed, which is reported on its own.
    const inner = schemaSegments.slice(0, -1);
    if (error.keyword === 'if' || inner.includes('anyOf') || inner.includes('oneOf') || inner.includes('propertyNames'))
      continue;
    const at = instanceSegments(check.value, error.instancePath);
    const opaque = opaqueAlong(check.value, at, error);
    const node = nodeAt(root, schemaSegments.slice(0, -1)) ?? {};
    // An intrinsic where only a type is expected (a role ARN from !GetAtt) yields a value of that type
    // at deploy time: nothing is left undecided, so nothing is reported.
    if (opaque && error.keyword === 'type' && opaque.at.length === at.length && !constrainsValue(node)) continue;
    if (opaque && failingUnderIf && opaque.reason.includes('(Fn::If)')) {
      const pointer = opaque.at.map((seg) => '/' + String(seg).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
      if (!failingUnderIf.some((p) => p === pointer || p.startsWith(pointer + '/'))) continue;
    }
    if (opaque) {
      const key = JSON.stringify(opaque.at);
      if (!undecided.has(key)) {
        undecided.add(key);
        issues.push({
          code: CODES.undecidable,
          severity: 'info',
          at: opaque.at,
          message: `${render(check.label, opaque.at)} ${opaque.reason}; not checked`,
        });
      }
      continue;
    }
    const issue = describe(error, node, at, check, other, schemaSegments);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** True when the schema checks more than the type of a value (enum, pattern, range...). */
function constrainsValue(node: SchemaNode): boolean {
  return [
    'pattern',
    'enum',
    'const',
    'minimum',
    'maximum',
    'anyOf',
    'oneOf',
    'propertyNames',
    'properties',
    'required',
    'items',
  ].some((k) => k in node);
}

/** Ajv's instancePath as segments, numbers for array indexes. */
function instanceSegments(value: unknown, pointer: string): JsonPath {
  const out: (string | number)[] = [];
  let node: any = value;
  for (const s of decodePointer(pointer)) {
    const segment = Array.isArray(node) && /^\d+$/.test(s) ? Number(s) : s;
    out.push(segment);
    node = node?.[segment];
  }
  return out;
}

/** The first value along the path (root to the failing node, or the failing key) that cannot be checked. */
function opaqueAlong(value: unknown, at: JsonPath, error: ErrorObject): { at: JsonPath; reason: string } | undefined {
  let node: any = value;
  for (let i = 0; i <= at.length; i++) {
    const reason = opaqueReason(node);
    if (reason) return { at: at.slice(0, i), reason };
    if (i < at.length) node = node?.[at[i]];
  }
  const key = error.keyword === 'propertyNames' ? error.params.propertyName : undefined;
  const keyReason = typeof key === 'string' ? opaqueReason(key) : undefined;
  if (keyReason) return { at: [...at, key], reason: `has a key that ${keyReason}` };
  return undefined;
}

const IDENT = /^[A-Za-z_$][\w$-]*$/;
export function render(label: string, at: JsonPath): string {
  return label + at.map((s) => (typeof s === 'number' ? `[${s}]` : IDENT.test(s) ? `.${s}` : `['${s}']`)).join('');
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'a boolean (true or false)',
  object: 'an object',
  array: 'an array',
  null: 'null',
};
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return TYPE_WORDS[typeof value] ?? typeof value;
}

function valueAt(value: unknown, at: JsonPath): unknown {
  let node: any = value;
  for (const s of at) node = node?.[s];
  return node;
}

function describe(
  error: ErrorObject,
  node: SchemaNode,
  at: JsonPath,
  check: ValueCheck,
  other: SchemaNode | undefined,
  schemaSegments: string[],
): ValueIssue | undefined {
  const where = render(check.label, at);
  const value = valueAt(check.value, at);
  const why = node['x-apigw-why'] ? ` (${node['x-apigw-why']})` : '';
  const issue = (
    message: string,
    severity: Severity = 'error',
    code: string = CODES.schema,
    path: JsonPath = at,
  ): ValueIssue => ({ code, severity, message, at: path });
  const otherNode = other ? nodeAt(other, schemaSegments.slice(0, -1)) : undefined;
  const otherName = check.flavour === 'rest' ? 'HTTP' : 'REST';
  const thisName = check.flavour === 'rest' ? 'REST' : 'HTTP';
  switch (error.keyword) {
    case 'type': {
      const raw = error.params.type;
      const types = (Array.isArray(raw) ? raw : String(raw).split(',')).map((t: string) => TYPE_WORDS[t] ?? t);
      return issue(`${where} must be ${types.join(' or ')} (got ${typeOf(value)})`);
    }
    case 'pattern': {
      // A value documented only for the other flavour (e.g. integration type `aws` in an HTTP API).
      if (otherNode?.pattern && typeof value === 'string' && new RegExp(otherNode.pattern, 'u').test(value)) {
        // HTTP import reports such constructs as warnings (DG http-api-open-api); the REST importer
        // validates against the v1 enums, which lack the HTTP-only values, so it fails.
        const severity = check.flavour === 'http' ? 'warn' : 'error';
        return issue(
          `${where} ${show(value)} is valid only in ${otherName} APIs; this is ${article(thisName)} API${node['x-apigw-enum'] ? ` (allowed: ${node['x-apigw-enum'].join(', ')})` : ''}`,
          severity,
          CODES.flavour,
        );
      }
      if (node['x-apigw-enum'])
        return issue(`${where} must be one of ${node['x-apigw-enum'].join(', ')} (got ${show(value)})`);
      return issue(
        `${where} must be ${node['x-apigw-expect'] ?? `a string matching ${node.pattern}`} (got ${show(value)})${why}`,
      );
    }
    case 'enum':
      return issue(`${where} must be one of ${error.params.allowedValues.map(String).join(', ')} (got ${show(value)})`);
    case 'const':
    case 'anyOf':
    case 'oneOf':
    case 'not':
      return issue(
        `${where} must be ${node['x-apigw-expect'] ?? (error.keyword === 'const' ? show(error.params.allowedValue) : 'valid')}${error.keyword === 'not' ? '' : ` (got ${show(value)})`}`,
      );
    case 'minimum':
    case 'maximum': {
      const range =
        node.minimum !== undefined && node.maximum !== undefined
          ? `between ${node.minimum} and ${node.maximum}`
          : error.keyword === 'minimum'
            ? `at least ${node.minimum}`
            : `at most ${node.maximum}`;
      return issue(`${where} must be ${range} (got ${show(value)})${why}`);
    }
    case 'minLength':
      return issue(
        error.params.limit === 1
          ? `${where} must not be empty`
          : `${where} must have at least ${error.params.limit} characters`,
      );
    case 'maxLength':
      return issue(`${where} must have at most ${error.params.limit} characters (got ${String(value).length})`);
    case 'minItems':
      return issue(`${where} must have at least ${error.params.limit} item${error.params.limit === 1 ? '' : 's'}`);
    case 'maxItems':
      return issue(
        `${where} must have at most ${error.params.limit} items (got ${Array.isArray(value) ? value.length : '?'})`,
      );
    case 'required':
      return issue(`${where} is missing ${error.params.missingProperty}${why}`);
    case 'additionalProperties': {
      const field: string = error.params.additionalProperty;
      if (otherNode?.properties && field in otherNode.properties) {
        if (
          check.label === 'x-amazon-apigateway-integration' ||
          check.label.startsWith('x-amazon-apigateway-integrations')
        ) {
          if (harmlessIgnoredField(field, (value as Record<string, unknown> | undefined)?.[field], check.flavour))
            return undefined;
        }
        return issue(
          `${where}.${field} is used only by ${otherName} APIs; ${thisName} APIs ignore it`,
          'warn',
          CODES.flavour,
          [...at, field],
        );
      }
      const known = Object.keys(node.properties ?? {});
      return issue(
        `${where} has an undocumented field '${field}'${didYouMean(field, known)}; API Gateway may ignore or reject it`,
        'warn',
        CODES.unknownField,
        [...at, field],
      );
    }
    case 'propertyNames': {
      const key: string = error.params.propertyName;
      const names = nodeAt(node, ['propertyNames']) ?? {};
      const allowed = names['x-apigw-enum'] as string[] | undefined;
      const expect = allowed
        ? `one of ${allowed.join(', ')}${didYouMean(key, allowed)}`
        : (names['x-apigw-expect'] ?? (names.enum ? `one of ${names.enum.join(', ')}` : 'valid'));
      return issue(`${where} has an invalid key '${key}': it must be ${expect}`, 'error', CODES.schema, [...at, key]);
    }
    default:
      return issue(`${where} ${error.message ?? 'is invalid'}`);
  }
}

function article(flavourName: string): string {
  return flavourName === 'HTTP' ? 'an HTTP' : 'a REST';
}
