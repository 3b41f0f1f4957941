import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/operation-no-auth.js';

// DG apigateway-control-access-to-api; DG api-gateway-known-issues (root security ignored by REST).
test('open and key-only operations (REST ignores root security)', async () => {
  const results = await runRules(
    { ...rule, recommended: true },
    `openapi: 3.0.1
info: {title: t, version: '1'}
security:
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
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      ['apigw-operation-no-auth', 'paths./open.get', 7],
      ['apigw-operation-no-auth', 'paths./keyed.post', 10],
    ],
  );
  assert.match(results[0].message, /REST APIs ignore root-level security/);
  assert.match(results[1].message, /only by an API key/);
});

test('HTTP APIs apply root security', async () => {
  const results = await runRules(
    { ...rule, recommended: true },
    `openapi: 3.0.1
info: {title: t, version: '1'}
security:
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
    [['apigw-operation-no-auth', 'paths./keyed.post', 10]],
  );
});

test('off by default', async () => {
  const results = await runRules(
    { ...rule, recommended: true },
    `openapi: 3.0.1
info: {title: t, version: '1'}
security:
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
    lambda:
      type: apiKey
      name: Authorization
      in: header
      x-amazon-apigateway-authorizer: {type: token}
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      ['apigw-operation-no-auth', 'paths./open.get', 7],
      ['apigw-operation-no-auth', 'paths./keyed.post', 10],
    ],
  );
  assert.equal(rule.recommended, false);
});
