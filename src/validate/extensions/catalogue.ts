/**
 * The documented `x-amazon-apigateway-*` extensions: where each may be written, which API flavour
 * uses it, and which schema in schemas/extensions/ describes its value.
 * Source: /work/shared/reference/apigateway.md §1.1 (DG "api-gateway-swagger-extensions.html").
 */
import type { ApiFlavour, SpecVersion } from '../../definition/types.js';

/** Kinds of place in an OpenAPI document an extension can sit in. */
export type Place = 'root' | 'pathItem' | 'operation' | 'securityScheme' | 'server' | 'components' | 'tag';

export interface ExtensionInfo {
  name: string;
  /** Places it belongs, per OpenAPI version where that differs. */
  places(version: SpecVersion): Place[];
  /** Flavours that use it. */
  flavours: ApiFlavour[];
  /** Schema file under schemas/ (a per-flavour variant where REST and HTTP differ). */
  schema: string | Record<ApiFlavour, string>;
  /** Why it belongs to one flavour only (shown when it appears in the other). */
  flavourNote?: string;
}

const at =
  (...places: Place[]) =>
  () =>
    places;
const both: ApiFlavour[] = ['rest', 'http'];
const rest: ApiFlavour[] = ['rest'];
const http: ApiFlavour[] = ['http'];
const schema = (name: string) => `extensions/${name}.schema.json`;

const entries: ExtensionInfo[] = [
  { name: 'x-amazon-apigateway-any-method', places: at('pathItem'), flavours: both, schema: schema('any-method') },
  { name: 'x-amazon-apigateway-api-key-source', places: at('root'), flavours: rest, schema: schema('api-key-source') },
  { name: 'x-amazon-apigateway-auth', places: at('operation'), flavours: both, schema: schema('auth') },
  {
    name: 'x-amazon-apigateway-authorizer',
    places: at('securityScheme'),
    flavours: both,
    schema: { rest: schema('authorizer.rest'), http: schema('authorizer.http') },
  },
  { name: 'x-amazon-apigateway-authtype', places: at('securityScheme'), flavours: both, schema: schema('authtype') },
  {
    name: 'x-amazon-apigateway-binary-media-types',
    places: at('root'),
    flavours: rest,
    schema: schema('binary-media-types'),
    flavourNote: 'HTTP APIs do not use binary media types (Lambda proxy responses carry isBase64Encoded instead)',
  },
  {
    name: 'x-amazon-apigateway-cors',
    places: at('root'),
    flavours: http,
    schema: schema('cors'),
    flavourNote: 'REST APIs model CORS with an OPTIONS method and response headers',
  },
  { name: 'x-amazon-apigateway-documentation', places: at('root'), flavours: rest, schema: schema('documentation') },
  {
    name: 'x-amazon-apigateway-endpoint-access-mode',
    places: at('root'),
    flavours: rest,
    schema: schema('endpoint-access-mode'),
  },
  {
    name: 'x-amazon-apigateway-endpoint-configuration',
    places: (version) => (version === 'swagger2' ? ['root'] : ['server']),
    flavours: both,
    schema: schema('endpoint-configuration'),
  },
  {
    name: 'x-amazon-apigateway-gateway-responses',
    places: at('root'),
    flavours: rest,
    schema: schema('gateway-responses'),
    flavourNote: 'HTTP APIs have no gateway responses',
  },
  {
    name: 'x-amazon-apigateway-importexport-version',
    places: at('root'),
    flavours: http,
    schema: schema('importexport-version'),
  },
  {
    name: 'x-amazon-apigateway-integration',
    places: at('operation'),
    flavours: both,
    schema: { rest: schema('integration.rest'), http: schema('integration.http') },
  },
  {
    name: 'x-amazon-apigateway-integrations',
    places: at('components'),
    flavours: http,
    schema: schema('integrations'),
    flavourNote: 'REST APIs cannot share integrations through $ref',
  },
  {
    name: 'x-amazon-apigateway-minimum-compression-size',
    places: at('root'),
    flavours: rest,
    schema: schema('minimum-compression-size'),
  },
  {
    name: 'x-amazon-apigateway-policy',
    places: at('root'),
    flavours: rest,
    schema: schema('policy'),
    flavourNote: 'HTTP APIs have no resource policy',
  },
  {
    name: 'x-amazon-apigateway-request-validator',
    places: at('root', 'operation'),
    flavours: rest,
    schema: schema('request-validator'),
    flavourNote: 'HTTP APIs do not validate requests',
  },
  {
    name: 'x-amazon-apigateway-request-validators',
    places: at('root'),
    flavours: rest,
    schema: schema('request-validators'),
    flavourNote: 'HTTP APIs do not validate requests',
  },
  {
    name: 'x-amazon-apigateway-security-policy',
    places: at('root'),
    flavours: rest,
    schema: schema('security-policy'),
  },
  // Documented for HTTP APIs only; REST behaviour is unconfirmed (reference §7), so REST gets an info finding.
  { name: 'x-amazon-apigateway-tag-value', places: at('tag'), flavours: http, schema: schema('tag-value') },
];

export const EXTENSIONS: ReadonlyMap<string, ExtensionInfo> = new Map(entries.map((e) => [e.name, e]));
export const EXTENSION_NAMES: readonly string[] = entries.map((e) => e.name);

export function schemaFor(info: ExtensionInfo, flavour: ApiFlavour): string {
  return typeof info.schema === 'string' ? info.schema : info.schema[flavour];
}

/** The other flavour's schema, for extensions whose value differs per flavour. */
export function otherFlavourSchema(info: ExtensionInfo, flavour: ApiFlavour): string | undefined {
  return typeof info.schema === 'string' ? undefined : info.schema[flavour === 'rest' ? 'http' : 'rest'];
}

export const PLACE_LABEL: Record<Place, string> = {
  root: 'the document root',
  pathItem: 'a path item',
  operation: 'an operation',
  securityScheme: 'a security scheme',
  server: 'a servers[] entry',
  components: 'components',
  tag: 'a tags[] entry',
};
