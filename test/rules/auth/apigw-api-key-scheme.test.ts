import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/api-key-scheme.js';

// DG api-key-usage-plan-oas and api-gateway-swagger-extensions-api-key-source: keys are read from X-API-Key.
test('API key in the query string', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
x-amazon-apigateway-api-key-source: HEADER
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
    api_key: {type: apiKey, name: api_key, in: query}
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
    [['apigw-api-key-scheme', 'components.securitySchemes.api_key', 18]],
  );
  assert.match(results[0].message, /reads only from the X-API-Key header/);
});

test('x-api-key header passes, as does any scheme under AUTHORIZER', async () => {
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
    api_key: {type: apiKey, name: api_key, in: query}
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
