import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import { corpusSkip, lintCorpus } from '../../support/corpus.js';
import rule from '../../../rules/auth/root-security-ignored.js';

// DG api-gateway-known-issues: REST import does not apply root-level security.
test('root security in a REST API with uncovered operations', async () => {
  const results = await runRules(
    rule,
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
    [['apigw-root-security-ignored', 'security', 3]],
  );
  assert.match(results[0].message, /1 operation\(s\) \(GET \/open\) rely on it/);
  assert.equal(results[0].severity, 2); // info: AWS's observed behaviour applies it, no hole is claimed
});

test('HTTP APIs are not checked', async () => {
  const results = await runRules(
    rule,
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
    [],
  );
});

// The corpus file LocalStack validated against AWS: root security applied to every method there.
const globalAuth = 'localstack__localstack__tests__aws__files__openapi.spec.global-auth.json';
test(
  'real corpus: the AWS-validated global-auth import gets advice, never a warning',
  { skip: corpusSkip(globalAuth) },
  async () => {
    assert.deepEqual(await lintCorpus(globalAuth, ['apigw-root-security-ignored']), [
      ['apigw-root-security-ignored', 83, 'info'],
    ]);
  },
);
