/**
 * What the AWS::Serverless transform writes into an Api's definition before API Gateway sees it:
 * `Cors` (an OPTIONS mock method on every path), `Auth` (authorizers as security definitions, the
 * default authorizer and API key requirement on every method), `GatewayResponses`, and, for
 * OpenAPI 3 bodies, the move of `securityDefinitions`/`definitions` into `components`. apigw
 * lints the definition as deployed, so the CORS, authorizer and gateway-response rules see what
 * SAM generates, and a finding on a generated node points at the property that made it.
 *
 * Follows SAM's translator (samtranslator/model/api/api_generator.py `_add_cors`, `_add_auth`,
 * `_add_gateway_responses`, `_openapi_postprocess`; samtranslator/swagger/swagger.py
 * `add_cors`, `set_path_default_authorizer`, `set_path_default_apikey_required`;
 * samtranslator/model/apigateway.py `ApiGatewayAuthorizer.generate_swagger`,
 * `ApiGatewayResponse.generate_swagger`; http_api_generator.py `_add_cors`). Not modelled: the
 * functions' `Events` (paths SAM adds for them), `Auth.ResourcePolicy`, HttpApi `Auth`.
 */
import type { JsonPath } from '../../core/finding.js';
import { isIntrinsic as isIntrinsicGuard } from '../intrinsics.js';

/** A node SAM wrote, and the template property it came from. */
export interface SamAddition {
  built: JsonPath;
  template: JsonPath;
}

/** A node SAM moved (OpenAPI 3: `securityDefinitions` -> `components.securitySchemes`). */
export interface SamMove {
  built: JsonPath;
  written: JsonPath;
}

export interface SamTransformed {
  /** The definition as SAM hands it to API Gateway. */
  doc: Record<string, unknown>;
  added: SamAddition[];
  moved: SamMove[];
  /** Properties SAM would write into the definition that were modelled (for the report). */
  modelled: string[];
}

type Obj = Record<string, unknown>;

/** Not a type guard: an intrinsic is an object too, and stays one after this test. */
const isIntrinsic = (v: unknown): boolean => isIntrinsicGuard(v);
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Properties of an `AWS::Serverless::Api` that SAM writes into the definition. */
export const SAM_REST_DEFINITION_PROPERTIES = ['Cors', 'Auth', 'GatewayResponses'] as const;
/** The same for `AWS::Serverless::HttpApi` (its `Auth` is not modelled yet). */
export const SAM_HTTP_DEFINITION_PROPERTIES = ['CorsConfiguration', 'Auth'] as const;

const ALL_HTTP_METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH'];
const NOT_METHODS = new Set(['summary', 'description', 'parameters']);
const CORS_WILDCARD = "'*'";

/** SAM's `SwaggerEditor.is_valid`: a `paths` mapping and `swagger`, or `openapi` 3.x. */
export function samCanEdit(doc: unknown): doc is Obj {
  if (!isObj(doc) || !isObj(doc.paths)) return false;
  if (doc.swagger) return true;
  return typeof doc.openapi === 'string' && /^3(\.\d)(\.\d)?$/.test(doc.openapi);
}

/**
 * The definition of the SAM Api `apiId` after SAM's transform, or undefined when SAM leaves it
 * as written (nothing to add, or a body SAM cannot edit: it then fails the deploy itself).
 */
export function samTransformRest(body: unknown, props: Obj, apiId: string): SamTransformed | undefined {
  if (!samCanEdit(body)) return undefined;
  const doc = structuredClone(body);
  const out: SamTransformed = { doc, added: [], moved: [], modelled: [] };
  const prop = (...rest: (string | number)[]): JsonPath => ['Resources', apiId, 'Properties', ...rest];
  if (addCors(doc, props.Cors, prop, out)) out.modelled.push('Cors');
  if (addAuth(doc, props.Auth, prop, out)) out.modelled.push('Auth');
  if (addGatewayResponses(doc, props.GatewayResponses, prop, out)) out.modelled.push('GatewayResponses');
  openApiPostprocess(doc, props.OpenApiVersion, out);
  if (out.modelled.length === 0 && out.moved.length === 0) return undefined;
  return out;
}

/** `AWS::Serverless::HttpApi` `CorsConfiguration` -> `x-amazon-apigateway-cors` (merged over what is written). */
export function samTransformHttp(body: unknown, props: Obj, apiId: string): SamTransformed | undefined {
  if (!samCanEdit(body) || props.CorsConfiguration === undefined) return undefined;
  const cors = props.CorsConfiguration;
  const at: JsonPath = ['Resources', apiId, 'Properties', 'CorsConfiguration'];
  const doc = structuredClone(body);
  const out: SamTransformed = { doc, added: [], moved: [], modelled: [] };
  const written = isObj(doc['x-amazon-apigateway-cors']) ? doc['x-amazon-apigateway-cors'] : {};
  const config: Obj = { ...written };
  const set = (key: string, value: unknown, from: JsonPath): void => {
    config[key] = value;
    out.added.push({ built: ['x-amazon-apigateway-cors', key], template: from });
  };
  if (cors === true) set('allowOrigins', ['*'], at);
  else if (isObj(cors) && !isIntrinsic(cors)) {
    const fields: [string, string][] = [
      ['AllowOrigins', 'allowOrigins'],
      ['AllowHeaders', 'allowHeaders'],
      ['AllowMethods', 'allowMethods'],
      ['ExposeHeaders', 'exposeHeaders'],
    ];
    for (const [from, to] of fields) if (cors[from]) set(to, cors[from], [...at, from]);
    if (cors.MaxAge !== undefined && cors.MaxAge !== null) set('maxAge', cors.MaxAge, [...at, 'MaxAge']);
    if (cors.AllowCredentials === true) set('allowCredentials', true, [...at, 'AllowCredentials']);
  } else return undefined;
  doc['x-amazon-apigateway-cors'] = config;
  out.added.push({ built: ['x-amazon-apigateway-cors'], template: at });
  out.modelled.push('CorsConfiguration');
  return out;
}

type PropPath = (...rest: (string | number)[]) => JsonPath;

function pathItems(doc: Obj): [string, Obj][] {
  return Object.entries(doc.paths as Obj).filter((e): e is [string, Obj] => isObj(e[1]) && !isIntrinsic(e[1]));
}

/** Methods SAM edits: path item keys that are not summary/description/parameters, with an integration. */
function integratedMethods(item: Obj): [string, Obj][] {
  return Object.entries(item).filter(
    (e): e is [string, Obj] =>
      !NOT_METHODS.has(e[0]) && isObj(e[1]) && Boolean((e[1] as Obj)['x-amazon-apigateway-integration']),
  );
}

function addCors(doc: Obj, cors: unknown, prop: PropPath, out: SamTransformed): boolean {
  if (cors === undefined || cors === null || cors === false || cors === '') return false;
  let settings: Obj;
  const at = prop('Cors');
  const origin: { value: unknown; from: JsonPath } = { value: CORS_WILDCARD, from: at };
  if (typeof cors === 'string' || isIntrinsic(cors)) {
    origin.value = cors;
    settings = {};
  } else if (isObj(cors)) {
    settings = cors;
    if (cors.AllowOrigin !== undefined)
      Object.assign(origin, { value: cors.AllowOrigin, from: [...at, 'AllowOrigin'] });
  } else return false;
  // SAM refuses AllowCredentials with the wildcard origin: the deploy fails before anything is written.
  if (settings.AllowCredentials === true && origin.value === CORS_WILDCARD) return false;
  const done = new Set<string>();
  for (const [path, item] of pathItems(doc)) {
    const normalised = path === '/' ? path : path.replace(/\/+$/, '');
    if (done.has(normalised)) continue;
    done.add(normalised);
    if ('options' in item) continue;
    const header = (name: string): string => `method.response.header.${name}`;
    const parameters: Obj = { [header('Access-Control-Allow-Origin')]: origin.value };
    const headers: Obj = { 'Access-Control-Allow-Origin': { type: 'string' } };
    const places: [string, JsonPath][] = [['Access-Control-Allow-Origin', origin.from]];
    let methods: unknown = settings.AllowMethods;
    let methodsFrom: JsonPath = [...at, 'AllowMethods'];
    if (!methods) {
      // SAM lists every key of the path item (it does not skip non-method keys here), upper-cased and sorted.
      const keys = Object.keys(item);
      const list = keys.includes('x-amazon-apigateway-any-method') ? ALL_HTTP_METHODS : [...keys, 'options'];
      methods = `'${[...new Set(list.map((m) => m.toUpperCase()))].sort().join(',')}'`;
      methodsFrom = at;
    }
    if (settings.AllowHeaders) {
      parameters[header('Access-Control-Allow-Headers')] = settings.AllowHeaders;
      headers['Access-Control-Allow-Headers'] = { type: 'string' };
      places.push(['Access-Control-Allow-Headers', [...at, 'AllowHeaders']]);
    }
    parameters[header('Access-Control-Allow-Methods')] = methods;
    headers['Access-Control-Allow-Methods'] = { type: 'string' };
    places.push(['Access-Control-Allow-Methods', methodsFrom]);
    if (settings.MaxAge !== undefined && settings.MaxAge !== null) {
      parameters[header('Access-Control-Max-Age')] = settings.MaxAge;
      headers['Access-Control-Max-Age'] = { type: 'integer' };
      places.push(['Access-Control-Max-Age', [...at, 'MaxAge']]);
    }
    if (settings.AllowCredentials === true) {
      parameters[header('Access-Control-Allow-Credentials')] = "'true'";
      headers['Access-Control-Allow-Credentials'] = { type: 'string' };
      places.push(['Access-Control-Allow-Credentials', [...at, 'AllowCredentials']]);
    }
    item.options = {
      summary: 'CORS support',
      consumes: ['application/json'],
      produces: ['application/json'],
      'x-amazon-apigateway-integration': {
        type: 'mock',
        requestTemplates: { 'application/json': '{\n  "statusCode" : 200\n}\n' },
        responses: {
          default: {
            statusCode: '200',
            responseParameters: parameters,
            responseTemplates: { 'application/json': '{}\n' },
          },
        },
      },
      responses: { '200': { description: 'Default response for CORS method', headers } },
    };
    const options = ['paths', path, 'options'];
    out.added.push({ built: options, template: at });
    for (const [name, from] of places)
      out.added.push({
        built: [
          ...options,
          'x-amazon-apigateway-integration',
          'responses',
          'default',
          'responseParameters',
          header(name),
        ],
        template: from,
      });
  }
  return true;
}

function addAuth(doc: Obj, auth: unknown, prop: PropPath, out: SamTransformed): boolean {
  if (!isObj(auth) || isIntrinsic(auth)) return false;
  const at = prop('Auth');
  const configured = isObj(auth.Authorizers) && !isIntrinsic(auth.Authorizers) ? auth.Authorizers : {};
  const authorizers: Record<string, Obj> = {};
  if (auth.DefaultAuthorizer === 'AWS_IAM') authorizers.AWS_IAM = { iam: true };
  for (const [name, value] of Object.entries(configured)) if (isObj(value)) authorizers[name] = value;
  let wrote = false;
  const securities: Securities = new Map();
  if (Object.keys(authorizers).length > 0) {
    const definitions = securityDefinitions(doc, out, at);
    for (const [name, authorizer] of Object.entries(authorizers)) {
      definitions[name] = authorizerSwagger(authorizer);
      const from = name === 'AWS_IAM' && authorizer.iam ? [...at, 'DefaultAuthorizer'] : [...at, 'Authorizers', name];
      out.added.push({ built: ['securityDefinitions', name], template: from });
    }
    wrote = true;
    const fallback = auth.DefaultAuthorizer;
    if (typeof fallback === 'string' && (authorizers[fallback] || fallback === 'AWS_IAM')) {
      const toPreflight = auth.AddDefaultAuthorizerToCorsPreflight !== false;
      for (const [path, item] of pathItems(doc))
        for (const [method, operation] of integratedMethods(item)) {
          if (method === 'options' && !toPreflight) continue;
          const list = requirementsOf(securities, operation, ['paths', path, method]);
          const edited = setDefaultAuthorizer(list, fallback, authorizers, [...at, 'DefaultAuthorizer']);
          securities.get(operation)!.list = edited;
        }
    }
  }
  if (auth.ApiKeyRequired === true) {
    const definitions = securityDefinitions(doc, out, at);
    if (!('api_key' in definitions)) {
      definitions.api_key = { type: 'apiKey', name: 'x-api-key', in: 'header' };
      out.added.push({ built: ['securityDefinitions', 'api_key'], template: [...at, 'ApiKeyRequired'] });
    }
    const toPreflight = auth.AddApiKeyRequiredToCorsPreflight !== false;
    for (const [path, item] of pathItems(doc))
      for (const [method, operation] of integratedMethods(item)) {
        const list = requirementsOf(securities, operation, ['paths', path, method]);
        const skip = method === 'options' && !toPreflight;
        securities.get(operation)!.list = setDefaultApiKey(list, skip, [...at, 'ApiKeyRequired']);
      }
    wrote = true;
  }
  writeSecurities(securities, out);
  return wrote;
}

function securityDefinitions(doc: Obj, out: SamTransformed, at: JsonPath): Obj {
  if (!isObj(doc.securityDefinitions)) {
    doc.securityDefinitions = {};
    out.added.push({ built: ['securityDefinitions'], template: at });
  }
  return doc.securityDefinitions as Obj;
}

/** SAM's `ApiGatewayAuthorizer.generate_swagger`. */
function authorizerSwagger(authorizer: Obj): Obj {
  if (authorizer.iam)
    return { 'x-amazon-apigateway-authtype': 'awsSigv4', type: 'apiKey', name: 'Authorization', in: 'header' };
  const identity = isObj(authorizer.Identity) ? authorizer.Identity : undefined;
  const cognito = Boolean(authorizer.UserPoolArn);
  const payload = authorizer.FunctionPayloadType === 'REQUEST' ? 'REQUEST' : 'TOKEN';
  const header = identity && typeof identity.Header === 'string' && identity.Header ? identity.Header : 'Authorization';
  const swagger: Obj = {
    type: 'apiKey',
    name: !cognito && payload === 'REQUEST' ? 'Unused' : header,
    in: 'header',
    'x-amazon-apigateway-authtype': cognito ? 'cognito_user_pools' : 'custom',
  };
  const extension: Obj = {};
  if (cognito) {
    extension.type = 'cognito_user_pools';
    extension.providerARNs = Array.isArray(authorizer.UserPoolArn) ? authorizer.UserPoolArn : [authorizer.UserPoolArn];
  } else {
    extension.type = payload.toLowerCase();
    extension.authorizerUri = {
      'Fn::Sub': [
        'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${__FunctionArn__}/invocations',
        { __FunctionArn__: authorizer.FunctionArn },
      ],
    };
    if (identity?.ReauthorizeEvery !== undefined) extension.authorizerResultTtlInSeconds = identity.ReauthorizeEvery;
    if (authorizer.FunctionInvokeRole && authorizer.FunctionInvokeRole !== 'NONE')
      extension.authorizerCredentials = authorizer.FunctionInvokeRole;
    if (payload === 'REQUEST' && identity) {
      const sources: string[] = [];
      const kinds: [string, string][] = [
        ['Headers', 'method.request.header.'],
        ['QueryStrings', 'method.request.querystring.'],
        ['StageVariables', 'stageVariables.'],
        ['Context', 'context.'],
      ];
      for (const [key, prefix] of kinds)
        if (Array.isArray(identity[key])) for (const v of identity[key]) sources.push(prefix + String(v));
      if (sources.length > 0) extension.identitySource = sources.join(', ');
    }
  }
  if ((cognito || payload === 'TOKEN') && identity?.ValidationExpression)
    extension.identityValidationExpression = identity.ValidationExpression;
  swagger['x-amazon-apigateway-authorizer'] = extension;
  return swagger;
}

/** A security requirement and where it is written: its index in the method's own list, or the SAM property that added it. */
interface Requirement {
  value: Obj;
  from: number | JsonPath;
}

/** Each method's security as SAM edits it, element by element, so findings keep the right place. */
type Securities = Map<Obj, { path: JsonPath; list: Requirement[] }>;

function requirementsOf(securities: Securities, operation: Obj, path: JsonPath): Requirement[] {
  const known = securities.get(operation);
  if (known) return known.list;
  const written = Array.isArray(operation.security) ? operation.security : [];
  const list = written.flatMap((value, i) => (isObj(value) ? [{ value, from: i }] : []));
  securities.set(operation, { path, list });
  return list;
}

/**
 * SAM's `set_path_default_authorizer` for one method: keeps an authorizer the method names, drops
 * the `NONE` marker (and adds nothing), else adds the default with its scopes.
 */
function setDefaultAuthorizer(
  list: Requirement[],
  fallback: string,
  authorizers: Record<string, Obj>,
  from: JsonPath,
): Requirement[] {
  const names = new Set(['AWS_IAM', ...Object.keys(authorizers)]);
  const others = list.filter((r) => !Object.keys(r.value).some((k) => names.has(k)));
  const chosen = list.filter((r) => Object.keys(r.value).some((k) => names.has(k)));
  const none = others.findIndex((r) => 'NONE' in r.value);
  if (none > -1) return others.filter((_, i) => i !== none);
  if (chosen.length > 0) return [...others, ...chosen];
  const scopes = authorizers[fallback]?.AuthorizationScopes;
  return [...others, { value: { [fallback]: Array.isArray(scopes) ? scopes : [] }, from }];
}

/** SAM's `set_path_default_apikey_required` for one method (`api_key_false` opts a method out). */
function setDefaultApiKey(list: Requirement[], skip: boolean, from: JsonPath): Requirement[] {
  const isKey = (r: Requirement) => 'api_key' in r.value || 'api_key_false' in r.value;
  const others = list.filter((r) => !isKey(r));
  const optOut = list.some((r) => 'api_key_false' in r.value);
  return skip || optOut ? others : [...others, { value: { api_key: [] }, from }];
}

/** Writes the edited security lists back, with where each element is written. */
function writeSecurities(securities: Securities, out: SamTransformed): void {
  for (const [operation, { path, list }] of securities) {
    const written = Array.isArray(operation.security) ? operation.security : [];
    const same = list.length === written.length && list.every((r, i) => r.from === i);
    if (same) continue;
    if (list.length === 0 && written.length === 0) continue;
    operation.security = list.map((r) => r.value);
    // A list SAM created belongs, as a whole, to the property that put its first entry there.
    const first = list.find((r) => typeof r.from !== 'number');
    if (written.length === 0 && first)
      out.added.push({ built: [...path, 'security'], template: first.from as JsonPath });
    list.forEach((r, i) => {
      const built = [...path, 'security', i];
      if (typeof r.from === 'number') {
        if (r.from !== i) out.moved.push({ built, written: [...path, 'security', r.from] });
      } else out.added.push({ built, template: r.from });
    });
  }
}

function addGatewayResponses(doc: Obj, responses: unknown, prop: PropPath, out: SamTransformed): boolean {
  if (!isObj(responses) || isIntrinsic(responses)) return false;
  const at = prop('GatewayResponses');
  const written = isObj(doc['x-amazon-apigateway-gateway-responses'])
    ? doc['x-amazon-apigateway-gateway-responses']
    : {};
  const all: Obj = { ...written };
  let wrote = false;
  for (const [type, response] of Object.entries(responses)) {
    if (!isObj(response) || isIntrinsic(response)) continue;
    const parameters = isObj(response.ResponseParameters) ? response.ResponseParameters : {};
    const prefixed: Obj = {};
    const built = ['x-amazon-apigateway-gateway-responses', type];
    const kinds: [string, string][] = [
      ['Headers', 'header.'],
      ['Paths', 'path.'],
      ['QueryStrings', 'querystring.'],
    ];
    for (const [kind, prefix] of kinds) {
      const values = parameters[kind];
      if (!isObj(values)) continue;
      for (const [name, value] of Object.entries(values)) {
        const key = `gatewayresponse.${prefix}${name}`;
        prefixed[key] = value;
        out.added.push({
          built: [...built, 'responseParameters', key],
          template: [...at, type, 'ResponseParameters', kind, name],
        });
      }
    }
    const swagger: Obj = {
      responseParameters: prefixed,
      responseTemplates: isObj(response.ResponseTemplates) ? response.ResponseTemplates : {},
    };
    if (response.ResponseTemplates !== undefined)
      out.added.push({ built: [...built, 'responseTemplates'], template: [...at, type, 'ResponseTemplates'] });
    if (response.StatusCode !== undefined && response.StatusCode !== null) {
      swagger.statusCode = String(response.StatusCode);
      out.added.push({ built: [...built, 'statusCode'], template: [...at, type, 'StatusCode'] });
    }
    all[type] = swagger;
    out.added.push({ built, template: [...at, type] });
    wrote = true;
  }
  if (!wrote) return false;
  if (Object.keys(written).length === 0)
    out.added.push({ built: ['x-amazon-apigateway-gateway-responses'], template: at });
  doc['x-amazon-apigateway-gateway-responses'] = all;
  return true;
}

/**
 * SAM's `_openapi_postprocess` on an OpenAPI 3 body: `securityDefinitions` replaces
 * `components.securitySchemes` and `definitions` replaces `components.schemas` (whole, as SAM
 * does), and OPTIONS methods lose `consumes`/`produces` and get header schemas.
 */
function openApiPostprocess(doc: Obj, openApiVersion: unknown, out: SamTransformed): void {
  if (doc.swagger !== undefined) return;
  const version = typeof openApiVersion === 'string' ? openApiVersion : doc.openapi;
  if (typeof version !== 'string' || !/^3(\.\d)(\.\d)?$/.test(version)) return;
  const move = (from: string, to: string): void => {
    if (!isObj(doc[from]) || Object.keys(doc[from] as Obj).length === 0) return;
    const components = isObj(doc.components) ? doc.components : {};
    components[to] = doc[from];
    doc.components = components;
    delete doc[from];
    out.moved.push({ built: ['components', to], written: [from] });
    for (const a of out.added) if (a.built[0] === from) a.built = ['components', to, ...a.built.slice(1)];
  };
  move('securityDefinitions', 'securitySchemes');
  move('definitions', 'schemas');
  // SAM edits every OPTIONS method so; apigw only the ones SAM wrote (a written one keeps its findings' places).
  for (const { built } of out.added) {
    if (built.length !== 3 || built[0] !== 'paths' || built[2] !== 'options') continue;
    const options = ((doc.paths as Obj)[built[1] as string] as Obj).options;
    if (!isObj(options)) continue;
    delete options.consumes;
    delete options.produces;
    const headers = (options.responses as { '200'?: { headers?: unknown } } | undefined)?.['200']?.headers;
    if (isObj(headers)) for (const [name, value] of Object.entries(headers)) headers[name] = { schema: value };
  }
}
