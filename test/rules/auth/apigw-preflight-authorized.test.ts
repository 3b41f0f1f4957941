import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/preflight-authorized.js';

// DG how-to-cors: preflight requests carry no credentials.
test("authorizer and IAM on OPTIONS", async () => {
  const results = await runRules(rule, `openapi: 3.0.1
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
`);
  assert.deepEqual(results.map((r) => [r.code, r.path, r.line]), [["apigw-preflight-authorized", "paths./a.options.security", 6], ["apigw-preflight-authorized", "paths./c.options", 14]]);
  assert.match(results[0].message, /OPTIONS \/a requires a Lambda authorizer/);
});

test("HTTP root security reaches OPTIONS", async () => {
  const results = await runRules(rule, `security:
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
`, { flavour: 'http' });
  assert.deepEqual(results.map((r) => [r.code, r.path, r.line]), [["apigw-preflight-authorized", "paths./a.options", 7], ["apigw-preflight-authorized", "paths./c.options", 14]]);
  assert.match(results[0].message, /\(from root security\)/);
});
