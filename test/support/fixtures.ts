/**
 * Base documents for rule tests, as YAML text so that a test's pinned lines stay readable: every
 * builder writes the same two-line header (line 1 the version, line 2 `info`), so the body starts
 * at line 3. A test states only what differs: the fields of the one extension it is about.
 *
 *   integrationDoc({ type: 'aws_proxy', uri: '...' })   // integration at line 6, its fields from line 7
 *   authorizerDoc({ type: 'token', authorizerResultTtlInSeconds: 7200 })  // authorizer fields from line 11
 */
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';

export const INFO = "info: {title: t, version: '1'}";

/** An OpenAPI 3.0.1 document: the header, then `body` (top-level YAML). */
export function oas3(body: string, version = '3.0.1'): string {
  return `openapi: ${version}\n${INFO}\n${body}`;
}

/** A Swagger 2.0 document: the header, then `body` (top-level YAML). */
export function swagger2(body: string): string {
  return `swagger: '2.0'\n${INFO}\n${body}`;
}

/**
 * A SAM template with one AWS::Serverless::Api (stage prod) whose DefinitionBody is `definition`:
 * the definition's line 1 is the template's line 8.
 */
export function samApiTemplate(definition: string): string {
  return `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
${indent(definition, 8)}`;
}

/** `text` with every non-empty line indented by `spaces`. */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.replace(/^(?=.)/gm, pad);
}

/**
 * Block YAML of `fields` at `spaces` indentation, one key a line, in the order given. A string
 * value starting with `!` or `{` (an intrinsic: `!Ref X`, `{"Fn::Sub": ...}`) is written as is.
 */
export function yamlFields(fields: Record<string, unknown> | string, spaces: number): string {
  if (typeof fields === 'string') return indent(fields.endsWith('\n') ? fields : `${fields}\n`, spaces);
  const lines = Object.entries(fields).map(([key, value]) =>
    typeof value === 'string' && /^[!{]/.test(value)
      ? `${key}: ${value}\n`
      : stringify({ [key]: value }, { lineWidth: 0, flowCollectionPadding: false }),
  );
  return indent(lines.join(''), spaces);
}

export interface OperationOptions {
  /** Default `/pets`. */
  path?: string;
  /** Default `get`. */
  method?: string;
  /** Default OpenAPI 3. */
  swagger?: boolean;
  /** Operation fields before the integration (YAML at the operation's indentation, 6 spaces). */
  operation?: string;
  /** Top-level YAML after `paths`. */
  after?: string;
}

/**
 * One operation with an `x-amazon-apigateway-integration` of `fields`: line 4 the path, 5 the
 * method, 6 the integration (with no `operation` lines), 7 its first field.
 */
export function integrationDoc(fields: Record<string, unknown> | string, options: OperationOptions = {}): string {
  const body = `paths:
  ${options.path ?? '/pets'}:
    ${options.method ?? 'get'}:
${indent(options.operation ?? '', 6)}      x-amazon-apigateway-integration:
${yamlFields(fields, 8)}${options.after ?? ''}`;
  return options.swagger ? swagger2(body) : oas3(body);
}

export interface AuthorizerOptions {
  /** Default `paths: {}`. */
  paths?: string;
  /** Security schemes after `auth`, written at column 0 as `auth` is. */
  otherSchemes?: string;
  /** Default OpenAPI 3 (securitySchemes under components, line 5; Swagger: securityDefinitions, line 4). */
  swagger?: boolean;
  /** The scheme's `type` (default apiKey; oauth2 for a JWT authorizer). */
  schemeType?: string;
}

/**
 * An authorizer scheme `auth` (default an apiKey in the Authorization header) with an
 * `x-amazon-apigateway-authorizer` of `fields`. OpenAPI 3 with the default paths: `auth` at line 6,
 * the authorizer at line 10, its first field at line 11.
 */
export function authorizerDoc(fields: Record<string, unknown> | string, options: AuthorizerOptions = {}): string {
  const scheme = `auth:
  type: ${options.schemeType ?? 'apiKey'}
  name: Authorization
  in: header
  x-amazon-apigateway-authorizer:
${yamlFields(fields, 4)}${options.otherSchemes ?? ''}`;
  const paths = `${options.paths ?? 'paths: {}'}\n`.replace(/\n\n$/, '\n');
  return options.swagger
    ? swagger2(`${paths}securityDefinitions:\n${indent(scheme, 2)}`)
    : oas3(`${paths}components:\n  securitySchemes:\n${indent(scheme, 4)}`);
}

/** A token authorizer scheme `lambda` under securitySchemes (5 lines). */
const LAMBDA_SCHEME = `    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`;

export interface ApiKeyOptions {
  /** `x-amazon-apigateway-api-key-source` at line 3 (default HEADER). */
  source?: string;
  /** The `api_key` scheme, flow style (default: the x-api-key header). */
  apiKeyScheme?: string;
  /** Security of /a and /b (default: /a the key; /b the key and the Lambda authorizer). */
  security?: [string, string];
}

/**
 * A REST document with an API key source and two routes, /a (security at line 7) and /b (line
 * 12), over the schemes `api_key` (line 18 with the default security) and `lambda` (a token authorizer).
 */
export function apiKeyDoc(options: ApiKeyOptions = {}): string {
  const [a, b] = options.security ?? ['- api_key: []', '- api_key: []\n  lambda: []'];
  return oas3(`x-amazon-apigateway-api-key-source: ${options.source ?? 'HEADER'}
paths:
  /a:
    get:
      security:
${indent(a, 8)}
      responses: {}
  /b:
    get:
      security:
${indent(b, 8)}
      responses: {}
components:
  securitySchemes:
    api_key: ${options.apiKeyScheme ?? '{type: apiKey, name: x-api-key, in: header}'}
${LAMBDA_SCHEME}`);
}

/**
 * Root security (a Lambda authorizer, line 3) over four routes: GET /open (line 7, no security of
 * its own), POST /keyed (line 10, API key only), GET /iam (AWS_IAM), GET /auth (the authorizer)
 * with an OPTIONS preflight.
 */
export function rootSecurityDoc(): string {
  return oas3(`security:
  - lambda: []
paths:
  /open:
    get:
      responses: {}
  /keyed:
    post:
      security:
        - api_key: []
      responses: {}
  /iam:
    get:
      x-amazon-apigateway-auth: {type: AWS_IAM}
      responses: {}
  /auth:
    get:
      security:
        - lambda: []
      responses: {}
    options:
      responses: {}
components:
  securitySchemes:
    api_key: {type: apiKey, name: x-api-key, in: header}
${LAMBDA_SCHEME}`);
}

/**
 * A Swagger 2.0 document whose models break several model rules at once: a body schema (number
 * with int64 and a default, line 12), a string 200 response schema (line 16), and the definitions
 * Pet_Model (line 18: discriminator, readOnly/example on id, decimal price with exclusiveMinimum)
 * and Pet. `version` changes only line 1 (e.g. `openapi: 3.0.1` for an HTTP API case).
 */
export function modelsDoc(version = "swagger: '2.0'"): string {
  return `${version}
${INFO}
paths:
  /a:
    post:
      parameters:
        - in: body
          name: body
          schema:
            type: object
            properties:
              n: {type: number, format: int64, default: 1}
      responses:
        '200':
          description: ok
          schema: {type: string}
definitions:
  Pet_Model:
    type: object
    discriminator: kind
    properties:
      id: {type: integer, format: int64, readOnly: true, example: 3}
      price: {type: number, format: decimal, exclusiveMinimum: true, minimum: 0}
  Pet:
    type: object
`;
}

export interface GatewayResponsesOptions {
  /** The header the mock integration maps (line 13; default Access-Control-Allow-Origin, i.e. CORS is used). */
  header?: string;
  /** false: no x-amazon-apigateway-gateway-responses at all. */
  responses?: boolean;
  /** Add a customised REQUEST_TOO_LARGE whose template uses #if. */
  requestTooLarge?: boolean;
}

/**
 * A Swagger 2.0 REST API: GET /a with a mock integration mapping one header (responseParameters at
 * line 12), then gateway responses every gateway-response rule accepts (DEFAULT_4XX/5XX with CORS,
 * UNAUTHORIZED, ACCESS_DENIED with quoted and mapped headers and a template).
 */
export function gatewayResponsesDoc(options: GatewayResponsesOptions = {}): string {
  const cors = `    responseParameters:
      gatewayresponse.header.Access-Control-Allow-Origin: "'*'"
`;
  const responses = `x-amazon-apigateway-gateway-responses:
  DEFAULT_4XX:
    statusCode: 499
${cors}  DEFAULT_5XX:
${cors}  UNAUTHORIZED:
    statusCode: '401'
  ACCESS_DENIED:
    statusCode: 403
    responseParameters:
      gatewayresponse.header.Y: "'plain'"
      gatewayresponse.header.Z: method.request.header.Origin
    responseTemplates:
      application/json: '{"message": $context.error.messageString}'
${
  options.requestTooLarge
    ? `  REQUEST_TOO_LARGE:
    responseTemplates:
      application/json: |
        #if($context.error.message)
        {"m": "$util.escapeJavaScript($context.error.message)"}
        #end
`
    : ''
}`;
  return swagger2(`paths:
  /a:
    get:
      responses: {}
      x-amazon-apigateway-integration:
        type: mock
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.${options.header ?? 'Access-Control-Allow-Origin'}: "'*'"
${options.responses === false ? '' : responses}`);
}

/**
 * One REST definition carrying a defect for each gateway-response rule (the file
 * test/fixtures/rules/gateway-responses/every-defect.yaml); each gateway-response rule test pins
 * its own finding in it.
 */
export const EVERY_GATEWAY_RESPONSE_DEFECT = readFileSync(
  new URL('../fixtures/rules/gateway-responses/every-defect.yaml', import.meta.url),
  'utf8',
);

/** A Lambda function's invocation URI, as an AWS (non-proxy) integration names it. */
export const LAMBDA_INVOCATION_URI =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

/**
 * GET /pets with a Lambda proxy integration (`aws_proxy`, POST to a function's invocation URI) and
 * `fields` after it: type at line 7, httpMethod 8, uri 9, the first of `fields` at line 10.
 */
export function lambdaProxyDoc(fields: Record<string, unknown> = {}, options: OperationOptions = {}): string {
  return integrationDoc({ type: 'aws_proxy', httpMethod: 'POST', uri: LAMBDA_INVOCATION_URI, ...fields }, options);
}

/**
 * POST /pets with an AWS Lambda integration whose default integration response has the
 * `application/json` template `template` (the key at line 15; a multi-line template starts at
 * line 16). `requestTemplate` adds a request template before the responses (lines shift by two).
 */
export function responseTemplateDoc(template: string, requestTemplate?: string): string {
  return integrationDoc(
    {
      type: 'aws',
      httpMethod: 'POST',
      uri: LAMBDA_INVOCATION_URI,
      ...(requestTemplate === undefined ? {} : { requestTemplates: { 'application/json': requestTemplate } }),
      responses: { default: { statusCode: '200', responseTemplates: { 'application/json': template } } },
    },
    { method: 'post', operation: 'responses: {}\n' },
  );
}

/**
 * A REST document with three request validators (all, line 4; params; body), a root default
 * validator (line 7), POST /a and GET /b (each with `a` / `b` as its validator when given: POST /a
 * at line 10, its validator at line 11) and PUT /c with the body validator and a body schema.
 */
export function requestValidatorsDoc(validators: { root: string; a?: string; b?: string }): string {
  const uses = (name?: string) => (name ? `      x-amazon-apigateway-request-validator: ${name}\n` : '');
  return oas3(`x-amazon-apigateway-request-validators:
  all: {validateRequestBody: true, validateRequestParameters: true}
  params: {validateRequestBody: false, validateRequestParameters: true}
  body: {validateRequestBody: true, validateRequestParameters: false}
x-amazon-apigateway-request-validator: ${validators.root}
paths:
  /a:
    post:
${uses(validators.a)}      responses: {}
  /b:
    get:
${uses(validators.b)}      responses: {}
  /c:
    put:
      x-amazon-apigateway-request-validator: body
      requestBody:
        content:
          application/json:
            schema: {type: object}
      responses: {}
`);
}

/** A REST path with a GET (mapping Access-Control-Allow-Origin) and an optional MOCK preflight. */
export function corsDoc(options: { preflight?: string; getOrigin?: string; extraRoot?: string } = {}): string {
  const origin = options.getOrigin ?? '"\'*\'"';
  return `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses:
        '200':
          description: ok
          headers:
            Access-Control-Allow-Origin: {type: string}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/pets
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Origin: ${origin}
${options.preflight ?? ''}${options.extraRoot ?? ''}`;
}

export const PREFLIGHT = `    options:
      responses:
        '200': {description: ok}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: '200'
            responseParameters:
              method.response.header.Access-Control-Allow-Headers: "'Content-Type,Authorization'"
              method.response.header.Access-Control-Allow-Methods: "'GET,OPTIONS'"
              method.response.header.Access-Control-Allow-Origin: "'*'"
`;

/**
 * POST /pets with an AWS Lambda integration whose `application/json` request template is
 * `template` (the key at line 12; a multi-line template starts at line 13).
 */
export function requestTemplateDoc(template: string): string {
  return integrationDoc(
    { type: 'aws', httpMethod: 'POST', uri: LAMBDA_INVOCATION_URI, requestTemplates: { 'application/json': template } },
    { method: 'post', operation: 'responses: {}\n' },
  );
}

/**
 * A template with a WebSocket API `ChatApi` (lines 1-7: header, `Name: chat`, `ProtocolType:
 * WEBSOCKET`), then `api` (more ChatApi properties, indented 6; default: the route selection
 * expression on line 8), then `resources` (more resources under `Resources:`, indented 2).
 */
export function wsTemplate(resources: string, api = '      RouteSelectionExpression: $request.body.action\n'): string {
  return `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  ChatApi:\n    Type: AWS::ApiGatewayV2::Api\n    Properties:\n      Name: chat\n      ProtocolType: WEBSOCKET\n${api}${resources}`;
}
