import test from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { lintFiles } from '../../src/lint/files.js';
import { samTransformHttp, samTransformRest } from '../../src/definition/template/sam-api.js';
import { repoRoot } from '../support/cli.js';

const dir = resolve(repoRoot, 'test/fixtures/templates');
const rel = (file: string) => file.slice(dir.length + 1);

const integration = { type: 'aws_proxy', httpMethod: 'POST', uri: 'arn:fn' };

test("SAM's Cors: an OPTIONS mock on every path without one, Allow-Methods from the path's keys, as SAM's add_cors writes it", () => {
  const body = {
    swagger: '2.0',
    info: { title: 't', version: '1' },
    paths: {
      '/items': { get: { 'x-amazon-apigateway-integration': integration }, post: {} },
      '/items/': { get: { 'x-amazon-apigateway-integration': integration } },
      '/any': { 'x-amazon-apigateway-any-method': { 'x-amazon-apigateway-integration': integration } },
      '/own': { options: { summary: 'mine' } },
    },
  };
  const out = samTransformRest(body, { Cors: { AllowOrigin: "'https://a.example'", MaxAge: 600 } }, 'Api')!;
  const paths = out.doc.paths as Record<string, Record<string, unknown>>;
  assert.deepEqual(paths['/items']!.options, {
    summary: 'CORS support',
    consumes: ['application/json'],
    produces: ['application/json'],
    'x-amazon-apigateway-integration': {
      type: 'mock',
      requestTemplates: { 'application/json': '{\n  "statusCode" : 200\n}\n' },
      responses: {
        default: {
          statusCode: '200',
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': "'https://a.example'",
            'method.response.header.Access-Control-Allow-Methods': "'GET,OPTIONS,POST'",
            'method.response.header.Access-Control-Max-Age': 600,
          },
          responseTemplates: { 'application/json': '{}\n' },
        },
      },
    },
    responses: {
      '200': {
        description: 'Default response for CORS method',
        headers: {
          'Access-Control-Allow-Origin': { type: 'string' },
          'Access-Control-Allow-Methods': { type: 'string' },
          'Access-Control-Max-Age': { type: 'integer' },
        },
      },
    },
  });
  // '/items/' is '/items' to API Gateway: SAM adds one OPTIONS, not two; a written OPTIONS stays.
  assert.equal(paths['/items/']!.options, undefined);
  assert.deepEqual(paths['/own']!.options, { summary: 'mine' });
  const anyMethods = (paths['/any']!.options as any)['x-amazon-apigateway-integration'].responses.default
    .responseParameters['method.response.header.Access-Control-Allow-Methods'];
  assert.equal(anyMethods, "'DELETE,GET,HEAD,OPTIONS,PATCH,POST,PUT'");
  assert.deepEqual(body.paths['/items'], { get: { 'x-amazon-apigateway-integration': integration }, post: {} });
  assert.deepEqual(out.modelled, ['Cors']);
});

test("SAM's Auth: authorizers as security definitions, the default authorizer and API key on each integrated method; OpenAPI 3 moves them into components", () => {
  const body = {
    openapi: '3.0.1',
    info: { title: 't', version: '1' },
    paths: {
      '/a': {
        get: { 'x-amazon-apigateway-integration': integration },
        put: { security: [{ NONE: [] }], 'x-amazon-apigateway-integration': integration },
        post: { security: [{ Other: [] }, { Cognito: [] }], 'x-amazon-apigateway-integration': integration },
        delete: { responses: {} },
      },
    },
  };
  const props = {
    Auth: {
      DefaultAuthorizer: 'Token',
      ApiKeyRequired: true,
      Authorizers: {
        Token: { FunctionArn: 'arn:auth', Identity: { ReauthorizeEvery: 0, ValidationExpression: '^Bearer' } },
        Req: {
          FunctionArn: 'arn:req',
          FunctionPayloadType: 'REQUEST',
          Identity: { Headers: ['X-A'], QueryStrings: ['q'] },
        },
        Cognito: { UserPoolArn: 'arn:pool', AuthorizationScopes: ['s1'] },
      },
    },
  };
  const out = samTransformRest(body, props, 'Api')!;
  const doc = out.doc as any;
  assert.equal(doc.securityDefinitions, undefined);
  assert.deepEqual(doc.components.securitySchemes, {
    Token: {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'custom',
      'x-amazon-apigateway-authorizer': {
        type: 'token',
        authorizerUri: {
          'Fn::Sub': [
            'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${__FunctionArn__}/invocations',
            { __FunctionArn__: 'arn:auth' },
          ],
        },
        authorizerResultTtlInSeconds: 0,
        identityValidationExpression: '^Bearer',
      },
    },
    Req: {
      type: 'apiKey',
      name: 'Unused',
      in: 'header',
      'x-amazon-apigateway-authtype': 'custom',
      'x-amazon-apigateway-authorizer': {
        type: 'request',
        authorizerUri: {
          'Fn::Sub': [
            'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${__FunctionArn__}/invocations',
            { __FunctionArn__: 'arn:req' },
          ],
        },
        identitySource: 'method.request.header.X-A, method.request.querystring.q',
      },
    },
    Cognito: {
      type: 'apiKey',
      name: 'Authorization',
      in: 'header',
      'x-amazon-apigateway-authtype': 'cognito_user_pools',
      'x-amazon-apigateway-authorizer': { type: 'cognito_user_pools', providerARNs: ['arn:pool'] },
    },
    api_key: { type: 'apiKey', name: 'x-api-key', in: 'header' },
  });
  assert.deepEqual(doc.paths['/a'].get.security, [{ Token: [] }, { api_key: [] }]);
  assert.deepEqual(doc.paths['/a'].put.security, [{ api_key: [] }]);
  assert.deepEqual(doc.paths['/a'].post.security, [{ Other: [] }, { Cognito: [] }, { api_key: [] }]);
  // No integration: SAM leaves the method alone.
  assert.equal(doc.paths['/a'].delete.security, undefined);
});

test("SAM's GatewayResponses: prefixed response parameters, templates, the status code as a string", () => {
  const body = { swagger: '2.0', info: { title: 't', version: '1' }, paths: {} };
  const props = {
    GatewayResponses: {
      UNAUTHORIZED: {
        StatusCode: 401,
        ResponseParameters: { Headers: { 'Access-Control-Allow-Origin': "'*'" }, QueryStrings: { q: "'x'" } },
        ResponseTemplates: { 'application/json': '{"message": "no"}' },
      },
    },
  };
  const doc = samTransformRest(body, props, 'Api')!.doc;
  assert.deepEqual(doc['x-amazon-apigateway-gateway-responses'], {
    UNAUTHORIZED: {
      responseParameters: {
        'gatewayresponse.header.Access-Control-Allow-Origin': "'*'",
        'gatewayresponse.querystring.q': "'x'",
      },
      responseTemplates: { 'application/json': '{"message": "no"}' },
      statusCode: '401',
    },
  });
});

test('SAM leaves a body it cannot edit, and an Api with nothing to write, as written', () => {
  assert.equal(samTransformRest({ swagger: '2.0' }, { Cors: "'*'" }, 'Api'), undefined);
  assert.equal(samTransformRest({ swagger: '2.0', paths: {} }, { StageName: 'p' }, 'Api'), undefined);
  // AllowCredentials with the wildcard origin: SAM refuses the template, nothing is written.
  assert.equal(
    samTransformRest({ swagger: '2.0', paths: { '/a': {} } }, { Cors: { AllowCredentials: true } }, 'Api'),
    undefined,
  );
});

test("SAM's HttpApi CorsConfiguration becomes x-amazon-apigateway-cors, merged over the written one", () => {
  const body = { openapi: '3.0.1', paths: {}, 'x-amazon-apigateway-cors': { allowHeaders: ['a'], maxAge: 5 } };
  const out = samTransformHttp(body, { CorsConfiguration: { AllowOrigins: ['https://a.example'], MaxAge: 60 } }, 'H')!;
  assert.deepEqual(out.doc['x-amazon-apigateway-cors'], {
    allowHeaders: ['a'],
    maxAge: 60,
    allowOrigins: ['https://a.example'],
  });
  assert.deepEqual(
    samTransformHttp({ openapi: '3.0.1', paths: {} }, { CorsConfiguration: true }, 'H')!.doc[
      'x-amazon-apigateway-cors'
    ],
    {
      allowOrigins: ['*'],
    },
  );
});

test('lint sees what SAM writes: findings on generated nodes point at the property that made them, findings in written nodes keep their place', async () => {
  const outcome = await lintFiles([resolve(dir, 'sam-cors-auth.yaml')], { cwd: dir });
  const rows = outcome.findings.map((f) => [
    f.code,
    f.severity,
    rel(f.source),
    f.range.start.line + 1,
    f.path.join('.'),
  ]);
  assert.deepEqual(rows, [
    ['apigw-xref-security-scheme', 'error', 'include/keyed.yaml', 8, 'paths./orders.post.security.1.Undefined'],
    [
      'apigw-cors-proxy-headers',
      'info',
      'include/keyed.yaml',
      12,
      'paths./orders.post.x-amazon-apigateway-integration.type',
    ],
    [
      'apigw-cors-header-value-quoted',
      'error',
      'sam-cors-auth.yaml',
      8,
      'Resources.ShopApi.Properties.Cors.AllowOrigin',
    ],
    [
      'apigw-preflight-authorized',
      'error',
      'sam-cors-auth.yaml',
      11,
      'Resources.ShopApi.Properties.Auth.DefaultAuthorizer',
    ],
    [
      'apigw-preflight-authorized',
      'error',
      'sam-cors-auth.yaml',
      11,
      'Resources.ShopApi.Properties.Auth.DefaultAuthorizer',
    ],
    ['apigw-gateway-response-cors', 'warn', 'sam-cors-auth.yaml', 17, 'Resources.ShopApi.Properties.GatewayResponses'],
    [
      'apigw-cors-proxy-headers',
      'info',
      'sam-cors-auth.yaml',
      31,
      'Resources.ShopApi.Properties.DefinitionBody.paths./items.get.x-amazon-apigateway-integration.type',
    ],
    ['apigw-cors-preflight-headers', 'error', 'sam-cors-auth.yaml', 53, 'Resources.KeyApi.Properties.Cors'],
    ['apigw-gateway-response-cors', 'warn', 'sam-cors-auth.yaml', 53, 'Resources.KeyApi.Properties.Cors'],
    [
      'apigw-preflight-authorized',
      'error',
      'sam-cors-auth.yaml',
      55,
      'Resources.KeyApi.Properties.Auth.ApiKeyRequired',
    ],
  ]);
  const preflight = outcome.findings.find((f) => f.path.join('.').endsWith('Auth.ApiKeyRequired'))!;
  assert.match(
    preflight.message,
    /OPTIONS \/orders requires an API key.*\(written by the AWS::Serverless transform from Auth\.ApiKeyRequired; with SAM: Auth\.AddApiKeyRequiredToCorsPreflight: false\)\.$/,
  );
});
