import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/api-key-source-unused.js';

// DG api-key-usage-plan-oas: keys are required through an api_key scheme.
test('no operation requires a key', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: AUTHORIZER
paths:
  /a:
    get:
      security:
        - lambda: []
      responses: {}
  /b:
    get:
      security:
        - lambda: []
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
    [['apigw-api-key-source-unused', 'x-amazon-apigateway-api-key-source', 3]],
  );
});

test('used when an operation requires a key', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: AUTHORIZER
paths:
  /a:
    get:
      security:
        - api_key: []
      responses: {}
  /b:
    get:
      security:
        - api_key: []
          lambda: []
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
    [],
  );
});
