#!/usr/bin/env node
/**
 * Writes a large, realistic API Gateway REST definition for the benchmark: N operations (default
 * 1,000), every one with an `x-amazon-apigateway-integration` that carries request and response
 * mapping templates (Lambda non-proxy, HTTP, AWS service, MOCK in turn), request parameters,
 * a request validator, an authorizer, and models shared through `$ref`.
 *
 * Deterministic: the same arguments always give the same bytes, so runs are comparable.
 *
 *   node bench/generate-spec.mjs [--operations 1000] [--out bench/.peers/specs/apigw-1000-ops.yaml]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';

const METHODS = ['get', 'post', 'put', 'delete'];
const LAMBDA = (name) =>
  `arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:\${AWS::Region}:\${AWS::AccountId}:function:${name}/invocations`;
const CORS_ORIGIN = "'https://app.example.com'";

export function generateSpec(operations = 1000) {
  const resources = Math.ceil(operations / METHODS.length);
  const paths = {};
  const schemas = {};
  let made = 0;
  for (let r = 0; r < resources && made < operations; r++) {
    const entity = `Item${r}`;
    schemas[entity] = entitySchema(r);
    schemas[`New${entity}`] = {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 128 },
        tags: { type: 'array', maxItems: 20, items: { type: 'string' } },
      },
    };
    const path = `/area${r % 25}/items${r}/{itemId}`;
    const item = {};
    for (const method of METHODS) {
      if (made >= operations) break;
      item[method] = operation(method, r, entity, made);
      made++;
    }
    paths[path] = item;
  }
  schemas.Owner = {
    type: 'object',
    required: ['id'],
    properties: { id: { type: 'string' }, email: { type: 'string', format: 'email' } },
  };
  schemas.Error = {
    type: 'object',
    required: ['message'],
    properties: { message: { type: 'string' }, requestId: { type: 'string' } },
  };

  return {
    openapi: '3.0.1',
    info: { title: `Generated API Gateway benchmark (${operations} operations)`, version: '1.0.0' },
    servers: [
      {
        url: 'https://{restApiId}.execute-api.{region}.amazonaws.com/{basePath}',
        variables: {
          restApiId: { default: 'example' },
          region: { default: 'eu-west-1' },
          basePath: { default: 'prod' },
        },
      },
    ],
    'x-amazon-apigateway-request-validators': {
      all: { validateRequestBody: true, validateRequestParameters: true },
      'params-only': { validateRequestBody: false, validateRequestParameters: true },
    },
    'x-amazon-apigateway-request-validator': 'params-only',
    'x-amazon-apigateway-gateway-responses': {
      DEFAULT_4XX: {
        responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': CORS_ORIGIN },
        responseTemplates: { 'application/json': '{"message": $context.error.messageString}' },
      },
      DEFAULT_5XX: {
        responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': CORS_ORIGIN },
        responseTemplates: { 'application/json': '{"message": $context.error.messageString}' },
      },
    },
    paths,
    components: {
      securitySchemes: {
        tokenAuthorizer: {
          type: 'apiKey',
          name: 'Authorization',
          in: 'header',
          'x-amazon-apigateway-authtype': 'custom',
          'x-amazon-apigateway-authorizer': {
            type: 'token',
            authorizerUri: LAMBDA('authorizer'),
            authorizerResultTtlInSeconds: 300,
            identityValidationExpression: '^Bearer [-0-9a-zA-Z._]+$',
          },
        },
      },
      schemas,
    },
  };
}

function entitySchema(r) {
  return {
    type: 'object',
    required: ['id', 'name'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      status: { type: 'string', enum: ['active', 'archived', 'deleted'] },
      createdAt: { type: 'string', format: 'date-time' },
      owner: { $ref: '#/components/schemas/Owner' },
      tags: { type: 'array', items: { type: 'string' } },
      // A shallow reference between models, as real APIs have (a deep chain would test the resolver, not the linters).
      ...(r % 10 > 0
        ? { related: { type: 'array', items: { $ref: `#/components/schemas/Item${r - (r % 10)}` } } }
        : {}),
    },
  };
}

function operation(method, r, entity, n) {
  const kind = ['lambda', 'http', 'dynamodb', 'lambda', 'http', 'dynamodb', 'lambda', 'http', 'dynamodb', 'mock'][
    n % 10
  ];
  const hasBody = method === 'post' || method === 'put';
  const op = {
    operationId: `${method}Item${r}`,
    summary: `${method.toUpperCase()} item ${r} (${kind} integration)`,
    security: [{ tokenAuthorizer: [] }],
    parameters: [
      { name: 'itemId', in: 'path', required: true, schema: { type: 'string' } },
      { name: 'X-Correlation-Id', in: 'header', required: false, schema: { type: 'string' } },
      ...(method === 'get' ? [{ name: 'fields', in: 'query', required: false, schema: { type: 'string' } }] : []),
    ],
    ...(hasBody
      ? {
          'x-amazon-apigateway-request-validator': 'all',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: `#/components/schemas/New${entity}` } } },
          },
        }
      : {}),
    responses: {
      200: {
        description: 'OK',
        headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${entity}` } } },
      },
      500: {
        description: 'Backend failure',
        headers: { 'Access-Control-Allow-Origin': { schema: { type: 'string' } } },
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    },
    'x-amazon-apigateway-integration': integration(kind, method, r),
  };
  return op;
}

function integration(kind, method, r) {
  const requestParameters = {
    'integration.request.header.X-Correlation-Id': 'method.request.header.X-Correlation-Id',
    ...(kind === 'http' ? { 'integration.request.path.itemId': 'method.request.path.itemId' } : {}),
  };
  const okTemplate = [
    `#set($item = $input.path('$'))`,
    '{',
    '  "id": "$util.escapeJavaScript($item.id)",',
    '  "name": "$util.escapeJavaScript($item.name)",',
    '  "tags": [',
    '#foreach($tag in $item.tags)',
    '    "$util.escapeJavaScript($tag)"#if($foreach.hasNext),#end',
    '#end',
    '  ],',
    '  "requestId": "$context.requestId"',
    '}',
    '',
  ].join('\n');
  const responses = {
    '2\\d{2}': {
      statusCode: '200',
      responseParameters: { 'method.response.header.Access-Control-Allow-Origin': CORS_ORIGIN },
      responseTemplates: { 'application/json': okTemplate },
    },
    default: {
      statusCode: '500',
      responseParameters: { 'method.response.header.Access-Control-Allow-Origin': CORS_ORIGIN },
      responseTemplates: { 'application/json': '{"message": "backend failed", "requestId": "$context.requestId"}' },
    },
  };
  const requestTemplate = [
    '{',
    `  "operation": "${method}",`,
    `  "itemId": "$util.escapeJavaScript($input.params('itemId'))",`,
    method === 'post' || method === 'put'
      ? '  "body": $input.json(\'$\'),'
      : `  "fields": "$util.escapeJavaScript($input.params('fields'))",`,
    '  "caller": "$context.identity.sourceIp",',
    '  "stage": "$context.stage"',
    '}',
    '',
  ].join('\n');
  switch (kind) {
    case 'lambda':
      return {
        type: 'aws',
        httpMethod: 'POST',
        uri: LAMBDA(`items-${r}-${method}`),
        passthroughBehavior: 'never',
        timeoutInMillis: 10000,
        requestParameters,
        requestTemplates: { 'application/json': requestTemplate },
        responses,
      };
    case 'http':
      return {
        type: 'http',
        httpMethod: method.toUpperCase(),
        uri: `https://backend-${r % 7}.example.com/v1/items${r}/{itemId}`,
        passthroughBehavior: 'when_no_templates',
        timeoutInMillis: 15000,
        requestParameters,
        requestTemplates: { 'application/json': requestTemplate },
        responses,
      };
    case 'dynamodb':
      return {
        type: 'aws',
        httpMethod: 'POST',
        uri: 'arn:aws:apigateway:${AWS::Region}:dynamodb:action/GetItem',
        credentials: 'arn:aws:iam::${AWS::AccountId}:role/apigw-dynamodb-read',
        passthroughBehavior: 'never',
        requestParameters,
        requestTemplates: {
          'application/json': `{"TableName": "items-${r % 5}", "Key": {"id": {"S": "$util.escapeJavaScript($input.params('itemId'))"}}}\n`,
        },
        responses,
      };
    default:
      return {
        type: 'mock',
        requestTemplates: { 'application/json': '{"statusCode": 200}' },
        responses: {
          default: {
            statusCode: '200',
            responseParameters: { 'method.response.header.Access-Control-Allow-Origin': CORS_ORIGIN },
            responseTemplates: { 'application/json': `{"id": "$input.params('itemId')", "name": "mock item ${r}"}` },
          },
        },
      };
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('generate-spec.mjs')) {
  const { values } = parseArgs({
    options: { operations: { type: 'string', default: '1000' }, out: { type: 'string' } },
  });
  const operations = Number(values.operations);
  if (!Number.isInteger(operations) || operations < 1) {
    process.stderr.write(`generate-spec: --operations must be a positive integer, got '${values.operations}'\n`);
    process.exit(2);
  }
  const out = resolve(values.out ?? new URL(`.peers/specs/apigw-${operations}-ops.yaml`, import.meta.url).pathname);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(
    out,
    `# Generated by bench/generate-spec.mjs --operations ${operations}; do not edit.\n${stringify(generateSpec(operations), { lineWidth: 0 })}`,
  );
  process.stdout.write(`${out}\n`);
}
