/**
 * Every schema in schemas/extensions/ with accepted and rejected examples. Accepted examples are the
 * shapes AWS shows on each extension's Developer Guide page (URL beside each group); rejected ones
 * break a documented enum, range or required field. Messages are asserted exactly: they are what a
 * user reads.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { EXTENSIONS, otherFlavourSchema, schemaFor } from '../../src/validate/extensions/catalogue.js';
import { checkValue, type ValueIssue } from '../../src/validate/extensions/schema-check.js';
import { readSchema, schemaPath } from '../../src/definition/json-schema.js';
import type { ApiFlavour } from '../../src/definition/types.js';

function issues(name: string, value: unknown, flavour: ApiFlavour = 'rest'): ValueIssue[] {
  const info = EXTENSIONS.get(name);
  assert.ok(info, name);
  return checkValue({
    label: name,
    value,
    schema: schemaFor(info, flavour),
    otherSchema: otherFlavourSchema(info, flavour),
    flavour,
  });
}
const accepts = (name: string, value: unknown, flavour?: ApiFlavour) =>
  assert.deepEqual(issues(name, value, flavour), [], `${name} should accept ${JSON.stringify(value)}`);
/** Messages in a stable order (Ajv reports in schema-keyword order; findings are sorted by position later). */
const messages = (name: string, value: unknown, flavour?: ApiFlavour) =>
  issues(name, value, flavour)
    .map((i) => `${i.severity} ${i.code} ${i.message}`)
    .sort();

const lambdaUri =
  'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:Calc/invocations';

test('every documented extension has a schema file, and every schema file is used', () => {
  const files = readdirSync(schemaPath('extensions/')).sort();
  const used = new Set<string>();
  for (const info of EXTENSIONS.values())
    for (const f of ['rest', 'http'] as const) used.add(schemaFor(info, f).replace('extensions/', ''));
  assert.deepEqual([...used].sort(), files);
  assert.equal(EXTENSIONS.size, 20);
});

test('case-insensitive enums: each pattern is exactly the character-class form of its x-apigw-enum', () => {
  const ci = (vals: string[]) =>
    '^(?:' +
    vals
      .map((v) =>
        v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[a-zA-Z]/g, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`),
      )
      .join('|') +
    ')$';
  let seen = 0;
  const walk = (node: any, where: string) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node['x-apigw-enum'])) {
      seen++;
      assert.equal(node.pattern, ci(node['x-apigw-enum']), where);
    }
    for (const [k, v] of Object.entries(node)) walk(v, `${where}/${k}`);
  };
  for (const f of readdirSync(schemaPath('extensions/'))) walk(readSchema(`extensions/${f}`), f);
  assert.ok(seen >= 15, `only ${seen} case-insensitive enums found`);
});

test('x-amazon-apigateway-integration (REST): DG examples accepted, either spelling of enums', () => {
  // DG api-gateway-swagger-extensions-integration.html (example with mapping templates and responses)
  accepts('x-amazon-apigateway-integration', {
    type: 'aws',
    uri: lambdaUri,
    httpMethod: 'POST',
    credentials: 'arn:aws:iam::123456789012:role/apigAwsProxyRole',
    requestTemplates: {
      'application/json': '#set ($root=$input.path(\'$\')) { "stage": "$root.name", "user-id": "$root.key" }',
    },
    requestParameters: {
      'integration.request.path.stage': 'method.request.querystring.version',
      'integration.request.querystring.provider': 'method.request.querystring.vendor',
    },
    cacheNamespace: 'cache namespace',
    cacheKeyParameters: [],
    responses: {
      '2\\d{2}': {
        statusCode: '200',
        responseParameters: { 'method.response.header.requestId': 'integration.response.header.cid' },
        responseTemplates: { 'application/json': '#set ($root=$input.path(\'$\')) { "stage": "$root.name" }' },
      },
      '302': {
        statusCode: '302',
        responseParameters: { 'method.response.header.Location': 'integration.response.body.redirect.url' },
      },
      default: {
        statusCode: '400',
        responseParameters: { 'method.response.header.test-method-response-header': "'static value'" },
      },
    },
  });
  // DG how-to-cors / enable-cors-for-resource-using-swagger-importer-tool.html (MOCK preflight, upper-case spelling)
  accepts('x-amazon-apigateway-integration', {
    type: 'MOCK',
    requestTemplates: { 'application/json': '{"statusCode": 200}' },
    passthroughBehavior: 'WHEN_NO_MATCH',
    responses: {
      default: {
        statusCode: '200',
        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': "'*'" },
      },
    },
  });
  // DG set-up-api-with-vpclink-using-swagger (VPC link V1) and response-transfer-mode.html (streaming)
  accepts('x-amazon-apigateway-integration', {
    type: 'http_proxy',
    httpMethod: 'GET',
    uri: 'http://myApi.example.com',
    connectionType: 'VPC_LINK',
    connectionId: '${stageVariables.vpcLinkId}',
    passthroughBehavior: 'when_no_match',
    timeoutInMillis: 29000,
    responseTransferMode: 'STREAM',
    tlsConfig: { insecureSkipVerification: true },
  });
});

test('x-amazon-apigateway-integration (REST): rejections name the field, the rule and the value', () => {
  assert.deepEqual(
    messages('x-amazon-apigateway-integration', {
      type: 'aws',
      uri: lambdaUri,
      httpMethod: 'POST',
      passthroughBehavior: 'sometimes',
    }),
    [
      'error apigw-extension-schema x-amazon-apigateway-integration.passthroughBehavior must be one of when_no_match, when_no_templates, never (got "sometimes")',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-integration', { type: 'aws_proxy', httpMethod: 'POST' }),
    [
      'error apigw-extension-schema x-amazon-apigateway-integration is missing uri (required unless type is mock)',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-integration', {
      type: 'http_proxy',
      uri: 'https://example.com',
      httpMethod: 'GET',
      connectionType: 'VPC_LINK',
      timeoutInMillis: 49,
    }),
    [
      'error apigw-extension-schema x-amazon-apigateway-integration.timeoutInMillis must be between 50 and 900000 (got 49) (50-29000 by default; above 29000 only with a raised quota on Regional/private endpoints or with responseTransferMode STREAM (up to 15 minutes))',
      'error apigw-extension-schema x-amazon-apigateway-integration is missing connectionId (required when connectionType is VPC_LINK)',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-integration', { type: 'lambda', uri: lambdaUri, httpMethod: 'POST' }),
    [
      'error apigw-extension-schema x-amazon-apigateway-integration.type must be one of aws, aws_proxy, http, http_proxy, mock (got "lambda")',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-integration', {
      type: 'mock',
      requestParameters: {
        'method.request.path.id': 'integration.request.path.id',
        'integration.request.header.x': 'application/json',
      },
      responses: {
        default: { statusCode: '600', responseParameters: { 'method.response.header.A': 'method.request.header.A' } },
      },
    }),
    [
      "error apigw-extension-schema x-amazon-apigateway-integration.requestParameters has an invalid key 'method.request.path.id': it must be integration.request.{path|querystring|header}.{name}",
      'error apigw-extension-schema x-amazon-apigateway-integration.requestParameters[\'method.request.path.id\'] must be method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.{name}, method.request.body[.{JSONPath}], stageVariables.{name}, context.{name} or a single-quoted static value (got "integration.request.path.id")',
      'error apigw-extension-schema x-amazon-apigateway-integration.requestParameters[\'integration.request.header.x\'] must be method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.{name}, method.request.body[.{JSONPath}], stageVariables.{name}, context.{name} or a single-quoted static value (got "application/json")',
      'error apigw-extension-schema x-amazon-apigateway-integration.responses.default.statusCode must be an HTTP status code 100-599 (pattern [1-5]\\d\\d) (got "600")',
      'error apigw-extension-schema x-amazon-apigateway-integration.responses.default.responseParameters[\'method.response.header.A\'] must be integration.response.{header|multivalueheader}.{name}, integration.response.body[.{JSONPath}], stageVariables.{name}, context.{name} or a single-quoted static value (got "method.request.header.A")',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-integration', { type: 'mock', timeoutInMilis: 100, payloadFormatVersion: '2.0' }),
    [
      "warn apigw-extension-unknown-field x-amazon-apigateway-integration has an undocumented field 'timeoutInMilis' (did you mean timeoutInMillis?); API Gateway may ignore or reject it",
      'warn apigw-extension-flavour x-amazon-apigateway-integration.payloadFormatVersion is used only by HTTP APIs; REST APIs ignore it',
    ].sort(),
  );
});

test('x-amazon-apigateway-integration (HTTP): DG examples accepted; REST-only values are warnings', () => {
  // DG http-api-open-api.html (Lambda proxy) and api-gateway-swagger-extensions-integration.html (private integration)
  accepts(
    'x-amazon-apigateway-integration',
    { payloadFormatVersion: '2.0', type: 'aws_proxy', httpMethod: 'POST', uri: lambdaUri, connectionType: 'INTERNET' },
    'http',
  );
  accepts(
    'x-amazon-apigateway-integration',
    {
      payloadFormatVersion: 1.0,
      type: 'http_proxy',
      httpMethod: 'ANY',
      connectionType: 'VPC_LINK',
      connectionId: 'xxxx',
      uri: 'arn:aws:elasticloadbalancing:us-east-2:123456789012:listener/app/my-load-balancer/50dc6c495c0c9188/0467ef3c8400ae65',
      tlsConfig: { serverNameToVerify: 'example.com' },
      timeoutInMillis: 30000,
    },
    'http',
  );
  // DG http-api-develop-integrations-aws-services.html (SQS-SendMessage first-class integration)
  accepts(
    'x-amazon-apigateway-integration',
    {
      type: 'aws_proxy',
      integrationSubtype: 'SQS-SendMessage',
      credentials: 'arn:aws:iam::123456789012:role/apigateway-sqs',
      requestParameters: { QueueUrl: '$request.header.queueUrl', MessageBody: '$request.body.message' },
      payloadFormatVersion: '1.0',
    },
    'http',
  );
  assert.deepEqual(
    messages(
      'x-amazon-apigateway-integration',
      { type: 'aws', uri: lambdaUri, payloadFormatVersion: '1.0', timeoutInMillis: 30001 },
      'http',
    ),
    [
      'warn apigw-extension-flavour x-amazon-apigateway-integration.type "aws" is valid only in REST APIs; this is an HTTP API (allowed: aws_proxy, http_proxy)',
      'error apigw-extension-schema x-amazon-apigateway-integration.timeoutInMillis must be between 50 and 30000 (got 30001)',
    ].sort(),
  );
  assert.deepEqual(
    messages(
      'x-amazon-apigateway-integration',
      {
        type: 'aws_proxy',
        integrationSubtype: 'SQS-SendMessage',
        payloadFormatVersion: '1.0',
        requestParameters: { QueueUrl: 'q', Body: 'x' },
      },
      'http',
    ),
    [
      'error apigw-extension-schema x-amazon-apigateway-integration.requestParameters is missing MessageBody (required by SQS-SendMessage)',
      "error apigw-extension-schema x-amazon-apigateway-integration.requestParameters has an invalid key 'Body': it must be a parameter of SQS-SendMessage (QueueUrl, MessageBody, DelaySeconds, MessageAttributes, MessageDeduplicationId, MessageGroupId, MessageSystemAttributes, Region)",
    ].sort(),
  );
  assert.deepEqual(
    messages(
      'x-amazon-apigateway-integration',
      {
        type: 'http_proxy',
        uri: 'https://example.com',
        payloadFormatVersion: '3.0',
        requestParameters: { 'integration.request.header.x': "'a'" },
      },
      'http',
    ),
    [
      'error apigw-extension-schema x-amazon-apigateway-integration.payloadFormatVersion must be "1.0" or "2.0" (got "3.0")',
      "error apigw-extension-schema x-amazon-apigateway-integration.requestParameters has an invalid key 'integration.request.header.x': it must be {append|overwrite|remove}:{header|querystring}.{name} or overwrite:path",
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-integration', { type: 'http_proxy', uri: 'https://example.com' }, 'http'),
    ['error apigw-extension-schema x-amazon-apigateway-integration is missing payloadFormatVersion'].sort(),
  );
});

test('x-amazon-apigateway-authorizer: per-flavour types and required fields', () => {
  // DG api-gateway-swagger-extensions-authorizer.html (token and request examples)
  accepts('x-amazon-apigateway-authorizer', {
    type: 'token',
    authorizerUri: lambdaUri,
    authorizerCredentials: 'arn:aws:iam::123456789012:role/Invoker',
    identityValidationExpression: '^x-[a-z]+',
    authorizerResultTtlInSeconds: 60,
  });
  accepts('x-amazon-apigateway-authorizer', {
    type: 'request',
    identitySource: 'method.request.header.Auth, method.request.querystring.Name',
    authorizerUri: lambdaUri,
    authorizerResultTtlInSeconds: 300,
  });
  // DG apigateway-enable-cognito-user-pool.html
  accepts('x-amazon-apigateway-authorizer', {
    type: 'COGNITO_USER_POOLS',
    providerARNs: ['arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc'],
  });
  // DG http-api-jwt-authorizer.html / http-api-lambda-authorizer.html (OpenAPI forms)
  accepts(
    'x-amazon-apigateway-authorizer',
    {
      type: 'jwt',
      jwtConfiguration: {
        issuer: 'https://cognito-idp.us-east-2.amazonaws.com/us-east-2_abc',
        audience: ['audience1'],
      },
      identitySource: '$request.header.Authorization',
    },
    'http',
  );
  accepts(
    'x-amazon-apigateway-authorizer',
    {
      type: 'request',
      identitySource: '$request.header.Authorization',
      authorizerUri: lambdaUri,
      authorizerPayloadFormatVersion: '2.0',
      authorizerResultTtlInSeconds: 300,
      enableSimpleResponses: true,
    },
    'http',
  );

  assert.deepEqual(
    messages('x-amazon-apigateway-authorizer', { type: 'jwt' }),
    [
      'error apigw-extension-flavour x-amazon-apigateway-authorizer.type "jwt" is valid only in HTTP APIs; this is a REST API (allowed: token, request, cognito_user_pools)',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-authorizer', {
      type: 'token',
      authorizerResultTtlInSeconds: 3601,
      identitySource: 'method.request.header.A, method.request.header.B',
    }),
    [
      'error apigw-extension-schema x-amazon-apigateway-authorizer.authorizerResultTtlInSeconds must be an integer from 0 to 3600 seconds (got 3601)',
      'error apigw-extension-schema x-amazon-apigateway-authorizer is missing authorizerUri (required for Lambda (token/request) authorizers)',
      'error apigw-extension-schema x-amazon-apigateway-authorizer.identitySource must be exactly one method.request.header.{name} (got "method.request.header.A, method.request.header.B")',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-authorizer', { type: 'cognito_user_pools' }),
    [
      'error apigw-extension-schema x-amazon-apigateway-authorizer is missing providerARNs (required for cognito_user_pools authorizers)',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-authorizer', { type: 'token', authorizerUri: lambdaUri }, 'http'),
    [
      'warn apigw-extension-flavour x-amazon-apigateway-authorizer.type "token" is valid only in REST APIs; this is an HTTP API (allowed: request, jwt)',
    ].sort(),
  );
  assert.deepEqual(
    messages(
      'x-amazon-apigateway-authorizer',
      { type: 'jwt', jwtConfiguration: { audience: Array(51).fill('a') } },
      'http',
    ),
    [
      'error apigw-extension-schema x-amazon-apigateway-authorizer.jwtConfiguration.audience must have at most 50 items (got 51)',
    ].sort(),
  );
});

test('root and operation extensions: documented values accepted, others rejected', () => {
  // DG api-gateway-swagger-extensions-auth.html: type is case-insensitive
  accepts('x-amazon-apigateway-auth', { type: 'NONE' });
  accepts('x-amazon-apigateway-auth', { type: 'aws_iam' });
  assert.deepEqual(
    messages('x-amazon-apigateway-auth', { type: 'COGNITO' }),
    ['error apigw-extension-schema x-amazon-apigateway-auth.type must be one of NONE, AWS_IAM (got "COGNITO")'].sort(),
  );
  // DG api-gateway-swagger-extensions-api-key-source.html
  accepts('x-amazon-apigateway-api-key-source', 'HEADER');
  assert.deepEqual(
    messages('x-amazon-apigateway-api-key-source', 'QUERY'),
    [
      'error apigw-extension-schema x-amazon-apigateway-api-key-source must be one of HEADER, AUTHORIZER (got "QUERY")',
    ].sort(),
  );
  // DG api-gateway-swagger-extensions-authtype.html
  accepts('x-amazon-apigateway-authtype', 'awsSigv4');
  assert.deepEqual(
    messages('x-amazon-apigateway-authtype', ''),
    ['error apigw-extension-schema x-amazon-apigateway-authtype must not be empty'].sort(),
  );
  // DG api-gateway-swagger-extensions-binary-media-types.html
  accepts('x-amazon-apigateway-binary-media-types', ['image/png', 'image/jpg', '*/*']);
  assert.deepEqual(
    messages('x-amazon-apigateway-binary-media-types', ['image']),
    [
      'error apigw-extension-schema x-amazon-apigateway-binary-media-types[0] must be a media type such as application/json (got "image")',
    ].sort(),
  );
  // DG api-gateway-swagger-extensions-cors-configuration.html
  const cors = {
    allowOrigins: ['https://www.example.com'],
    allowCredentials: true,
    exposeHeaders: ['x-apigateway-header', 'x-amz-date', 'content-type'],
    maxAge: 3600,
    allowMethods: ['GET', 'OPTIONS', 'POST'],
    allowHeaders: ['x-apigateway-header', 'x-amz-date', 'content-type'],
  };
  accepts('x-amazon-apigateway-cors', cors, 'http');
  accepts('x-amazon-apigateway-cors', { maxAge: -1 }, 'http');
  assert.deepEqual(
    messages('x-amazon-apigateway-cors', { maxAge: 86401, allowOrigin: ['*'], allowMethods: 'GET' }, 'http'),
    [
      "warn apigw-extension-unknown-field x-amazon-apigateway-cors has an undocumented field 'allowOrigin' (did you mean allowOrigins?); API Gateway may ignore or reject it",
      'error apigw-extension-schema x-amazon-apigateway-cors.maxAge must be between -1 and 86400 (got 86401)',
      'error apigw-extension-schema x-amazon-apigateway-cors.allowMethods must be an array (got a string)',
    ].sort(),
  );
  // DG openapi-extensions-endpoint-access-mode.html / openapi-extensions-security-policy.html
  accepts('x-amazon-apigateway-endpoint-access-mode', 'STRICT');
  accepts('x-amazon-apigateway-security-policy', 'SecurityPolicy_TLS13_1_3_2025_09');
  accepts('x-amazon-apigateway-security-policy', 'TLS_1_2');
  assert.deepEqual(
    messages('x-amazon-apigateway-endpoint-access-mode', 'LOOSE'),
    [
      'error apigw-extension-schema x-amazon-apigateway-endpoint-access-mode must be one of BASIC, STRICT (got "LOOSE")',
    ].sort(),
  );
  assert.equal(
    messages('x-amazon-apigateway-security-policy', 'TLS_1_3')[0].startsWith(
      'error apigw-extension-schema x-amazon-apigateway-security-policy must be one of TLS_1_0, TLS_1_2, SecurityPolicy_TLS13_1_3_2025_09,',
    ),
    true,
  );
  // DG api-gateway-swagger-extensions-endpoint-configuration.html
  accepts('x-amazon-apigateway-endpoint-configuration', {
    vpcEndpointIds: ['vpce-0212a4ababd5b8c3e', 'vpce-01d622316a7df47f9'],
  });
  accepts('x-amazon-apigateway-endpoint-configuration', {
    disableExecuteApiEndpoint: true,
    ipAddressType: 'dualstack',
  });
  assert.deepEqual(
    messages('x-amazon-apigateway-endpoint-configuration', { ipAddressType: 'ipv6', disableExecuteApiEndpoint: 'yes' }),
    [
      'error apigw-extension-schema x-amazon-apigateway-endpoint-configuration.disableExecuteApiEndpoint must be a boolean (true or false) (got a string)',
      'error apigw-extension-schema x-amazon-apigateway-endpoint-configuration.ipAddressType must be one of ipv4, dualstack (got "ipv6")',
    ].sort(),
  );
  // DG api-gateway-extensions-importexport-version.html
  accepts('x-amazon-apigateway-importexport-version', '1.0', 'http');
  assert.deepEqual(
    messages('x-amazon-apigateway-importexport-version', '2.0', 'http'),
    ['error apigw-extension-schema x-amazon-apigateway-importexport-version must be "1.0" (got "2.0")'].sort(),
  );
  // DG api-gateway-openapi-minimum-compression-size.html
  accepts('x-amazon-apigateway-minimum-compression-size', 5000);
  assert.deepEqual(
    messages('x-amazon-apigateway-minimum-compression-size', -1),
    [
      'error apigw-extension-schema x-amazon-apigateway-minimum-compression-size must be between 0 and 10485760 (got -1)',
    ].sort(),
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-minimum-compression-size', 10485761),
    [
      'error apigw-extension-schema x-amazon-apigateway-minimum-compression-size must be between 0 and 10485760 (got 10485761)',
    ].sort(),
  );
  // DG openapi-extensions-policy.html
  accepts('x-amazon-apigateway-policy', {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/*'] }],
  });
  assert.deepEqual(
    messages('x-amazon-apigateway-policy', { Version: '2012-10-17' }),
    ['error apigw-extension-schema x-amazon-apigateway-policy is missing Statement'].sort(),
  );
  // DG api-gateway-swagger-extensions-request-validators.html
  accepts('x-amazon-apigateway-request-validators', {
    basic: { validateRequestBody: true, validateRequestParameters: true },
    'params-only': { validateRequestBody: false, validateRequestParameters: true },
  });
  assert.deepEqual(
    messages('x-amazon-apigateway-request-validators', {
      basic: { validateRequestBody: 'true', validateParameters: true },
    }),
    [
      "warn apigw-extension-unknown-field x-amazon-apigateway-request-validators.basic has an undocumented field 'validateParameters' (did you mean validateRequestParameters?); API Gateway may ignore or reject it",
      'error apigw-extension-schema x-amazon-apigateway-request-validators.basic.validateRequestBody must be a boolean (true or false) (got a string)',
    ].sort(),
  );
  accepts('x-amazon-apigateway-request-validator', 'basic');
  assert.deepEqual(
    messages('x-amazon-apigateway-request-validator', 1),
    ['error apigw-extension-schema x-amazon-apigateway-request-validator must be a string (got an integer)'].sort(),
  );
  // DG api-gateway-openapi-extensions-x-amazon-apigateway-tag-value.html
  accepts('x-amazon-apigateway-tag-value', 'prod', 'http');
  assert.deepEqual(
    messages('x-amazon-apigateway-tag-value', 'x'.repeat(257), 'http'),
    ['error apigw-extension-schema x-amazon-apigateway-tag-value must have at most 256 characters (got 257)'].sort(),
  );
  // DG api-gateway-swagger-extensions-any-method.html
  accepts(
    'x-amazon-apigateway-any-method',
    { isDefaultRoute: true, 'x-amazon-apigateway-integration': { type: 'http_proxy' } },
    'http',
  );
  assert.deepEqual(
    messages('x-amazon-apigateway-any-method', { isDefaultRoute: 'yes' }, 'http'),
    [
      'error apigw-extension-schema x-amazon-apigateway-any-method.isDefaultRoute must be a boolean (true or false) (got a string)',
    ].sort(),
  );
  // DG api-gateway-extensions-integrations.html
  accepts('x-amazon-apigateway-integrations', { integration1: { type: 'aws_proxy' } }, 'http');
  assert.deepEqual(
    messages('x-amazon-apigateway-integrations', [], 'http'),
    ['error apigw-extension-schema x-amazon-apigateway-integrations must be an object (got an array)'].sort(),
  );
});

test('x-amazon-apigateway-gateway-responses: types, status codes, parameter mappings', () => {
  // DG api-gateway-swagger-extensions-gateway-responses.html
  accepts('x-amazon-apigateway-gateway-responses', {
    MISSING_AUTHENTICATION_TOKEN: {
      statusCode: 404,
      responseParameters: {
        'gatewayresponse.header.x-request-path': 'method.request.path.petId',
        'gatewayresponse.header.x-request-query': 'method.request.querystring.q',
        'gatewayresponse.header.x-request-header': 'method.request.header.Accept',
        'gatewayresponse.header.Access-Control-Allow-Origin': "'a.b.c'",
      },
      responseTemplates: { 'application/json': '{\n "message": $context.error.messageString }' },
    },
    DEFAULT_4XX: { responseParameters: { 'gatewayresponse.header.Access-Control-Allow-Origin': "'*'" } },
  });
  assert.deepEqual(
    messages('x-amazon-apigateway-gateway-responses', {
      DEFAULT_4xx: {},
      THROTTLING: { statusCode: '600', responseParameters: { 'gatewayresponse.body.x': "'y'" } },
    }),
    [
      "error apigw-extension-schema x-amazon-apigateway-gateway-responses has an invalid key 'THROTTLING': it must be one of ACCESS_DENIED, API_CONFIGURATION_ERROR, AUTHORIZER_CONFIGURATION_ERROR, AUTHORIZER_FAILURE, BAD_REQUEST_PARAMETERS, BAD_REQUEST_BODY, DEFAULT_4XX, DEFAULT_5XX, EXPIRED_TOKEN, INTEGRATION_FAILURE, INTEGRATION_TIMEOUT, INVALID_API_KEY, INVALID_SIGNATURE, MISSING_AUTHENTICATION_TOKEN, QUOTA_EXCEEDED, REQUEST_TOO_LARGE, RESOURCE_NOT_FOUND, THROTTLED, UNAUTHORIZED, UNSUPPORTED_MEDIA_TYPE, WAF_FILTERED (did you mean THROTTLED?)",
      'error apigw-extension-schema x-amazon-apigateway-gateway-responses.THROTTLING.statusCode must be an HTTP status code 100-599 (pattern [1-5]\\d\\d) (got "600")',
      "error apigw-extension-schema x-amazon-apigateway-gateway-responses.THROTTLING.responseParameters has an invalid key 'gatewayresponse.body.x': it must be gatewayresponse.{header|path|querystring}.{name}",
    ].sort(),
  );
});

test('x-amazon-apigateway-documentation: location types and the name rule', () => {
  // DG api-gateway-swagger-extensions-documentation.html
  accepts('x-amazon-apigateway-documentation', {
    version: '1.0.3',
    documentationParts: [
      {
        location: { type: 'API' },
        properties: {
          description: 'API description',
          info: { description: 'API info description 4', version: 'API info version 3' },
        },
      },
      { location: { type: 'METHOD', method: 'GET' }, properties: { description: 'Method description.' } },
      { location: { type: 'MODEL', name: 'Pet' }, properties: { title: 'Pet Model' } },
      {
        location: { type: 'RESPONSE', method: '*', statusCode: '200' },
        properties: { description: 'Successful operation' },
      },
    ],
  });
  assert.deepEqual(
    messages('x-amazon-apigateway-documentation', {
      documentationParts: [
        { location: { type: 'OPERATION' } },
        { location: { type: 'MODEL' } },
        { location: { type: 'API', name: 'x', statusCode: '20' } },
      ],
    }),
    [
      'error apigw-extension-schema x-amazon-apigateway-documentation.documentationParts[0].location.type must be one of API, AUTHORIZER, MODEL, RESOURCE, METHOD, PATH_PARAMETER, QUERY_PARAMETER, REQUEST_HEADER, REQUEST_BODY, RESPONSE, RESPONSE_HEADER, RESPONSE_BODY (got "OPERATION")',
      'error apigw-extension-schema x-amazon-apigateway-documentation.documentationParts[1].location is missing name (required for AUTHORIZER, MODEL, PATH_PARAMETER, QUERY_PARAMETER, REQUEST_HEADER, RESPONSE_HEADER)',
      'error apigw-extension-schema x-amazon-apigateway-documentation.documentationParts[2].location.statusCode must be an HTTP status code ([1-5]\\d\\d), * or blank (got "20")',
      'error apigw-extension-schema x-amazon-apigateway-documentation.documentationParts[2].location must be a location without name (name is invalid for API, RESOURCE, METHOD, RESPONSE, RESPONSE_BODY)',
    ].sort(),
  );
});

test('CloudFormation intrinsics and placeholders: never an error; info only where a real constraint is skipped', () => {
  // AWS variables are resolved by API Gateway itself (DG import-api-aws-variables.html): checked after substitution.
  accepts('x-amazon-apigateway-integration', {
    type: 'aws_proxy',
    httpMethod: 'POST',
    uri: 'arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:F/invocations',
  });
  // A role ARN from !GetAtt: only its type is constrained, and an intrinsic yields a string.
  accepts('x-amazon-apigateway-integration', {
    type: 'aws_proxy',
    httpMethod: 'POST',
    uri: { 'Fn::GetAtt': ['Fn', 'Arn'] },
    credentials: { 'Fn::GetAtt': ['Role', 'Arn'] },
  });
  assert.deepEqual(
    messages('x-amazon-apigateway-integration', {
      type: { Ref: 'IntegrationType' },
      uri: 'https://${Domain}/x',
      httpMethod: 'GET',
      timeoutInMillis: '${Timeout}',
      responses: {
        default: {
          statusCode: '200',
          responseParameters: {
            'method.response.header.Access-Control-Allow-Origin': {
              'Fn::If': ['IsLocal', "'*'", "'https://example.com'"],
            },
          },
        },
      },
    }),
    [
      'info apigw-undecidable x-amazon-apigateway-integration.type is a CloudFormation intrinsic (Ref); not checked',
      'info apigw-undecidable x-amazon-apigateway-integration.timeoutInMillis contains ${Timeout}, which is filled in at deploy time; not checked',
    ].sort(),
  );
  // An !If whose branches are both valid blocks nothing; one with an invalid branch is reported.
  const origin = (a: string, b: string) => ({
    type: 'mock',
    responses: {
      default: {
        statusCode: '200',
        responseParameters: { 'method.response.header.Access-Control-Allow-Origin': { 'Fn::If': ['IsLocal', a, b] } },
      },
    },
  });
  assert.deepEqual(messages('x-amazon-apigateway-integration', origin("'*'", "'https://example.com'")), []);
  assert.deepEqual(messages('x-amazon-apigateway-integration', origin("'*'", 'https://example.com')), [
    "info apigw-undecidable x-amazon-apigateway-integration.responses.default.responseParameters['method.response.header.Access-Control-Allow-Origin'] is a CloudFormation intrinsic (Fn::If); not checked",
  ]);
  assert.deepEqual(
    messages('x-amazon-apigateway-minimum-compression-size', '${MinSize}'),
    [
      'info apigw-undecidable x-amazon-apigateway-minimum-compression-size contains ${MinSize}, which is filled in at deploy time; not checked',
    ].sort(),
  );
});
