import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/preflight-authorized.js';

// DG how-to-cors: preflight requests carry no credentials.
test('authorizer and IAM on OPTIONS', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    options:
      security:
        - lambda: []
      responses: {}
  /b:
    options:
      security: []
      responses: {}
  /c:
    options:
      x-amazon-apigateway-auth: {type: AWS_IAM}
      responses: {}
components:
  securitySchemes:
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      ['apigw-preflight-authorized', 'paths./a.options.security', 6],
      ['apigw-preflight-authorized', 'paths./c.options', 14],
    ],
  );
  assert.match(results[0].message, /OPTIONS \/a requires a Lambda authorizer/);
});

test('HTTP root security reaches OPTIONS', async () => {
  const results = await runRules(
    rule,
    `security:
  - lambda: []
openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    options:
      responses: {}
  /b:
    options:
      security: []
      responses: {}
  /c:
    options:
      responses: {}
components:
  securitySchemes:
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      ['apigw-preflight-authorized', 'paths./a.options', 7],
      ['apigw-preflight-authorized', 'paths./c.options', 14],
    ],
  );
  assert.match(results[0].message, /\(from root security\)/);
});

// A preflight carries the query string (and Origin / Access-Control-Request-*), never Authorization.
const requestAuthorizer = (identitySource: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    options:
      security:
        - byQuery: []
      responses: {}
securityDefinitions:
  byQuery:
    type: apiKey
    name: Unused
    in: header
    x-amazon-apigateway-authtype: custom
    x-amazon-apigateway-authorizer:
      type: request
      identitySource: ${identitySource}
      authorizerUri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:auth/invocations
`;

test('a REQUEST authorizer fed only by what a preflight carries does not block it', async () => {
  assert.deepEqual(
    await runRules(rule, requestAuthorizer('method.request.querystring.token'), { flavour: 'rest' }),
    [],
  );
  assert.deepEqual(
    await runRules(
      rule,
      requestAuthorizer('method.request.querystring.token, context.httpMethod, method.request.header.Origin'),
      { flavour: 'rest' },
    ),
    [],
  );
  const r = await runRules(
    rule,
    requestAuthorizer('method.request.querystring.token, method.request.header.Authorization'),
    { flavour: 'rest' },
  );
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-preflight-authorized', 'paths./pets.options.security', 6]],
  );
});
