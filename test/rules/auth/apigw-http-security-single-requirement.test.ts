import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/auth/http-security-single-requirement.js';

// DG http-api-open-api: more than one security requirement is an import error.
test('alternatives and combinations are import errors', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security:
        - jwt: []
        - lambda: []
      responses: {}
  /b:
    get:
      security:
        - {jwt: [], lambda: []}
      responses: {}
  /c:
    get:
      security:
        - jwt: [read]
      responses: {}
`,
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [
      ['apigw-http-security-single-requirement', 'paths./a.get.security', 6],
      ['apigw-http-security-single-requirement', 'paths./b.get.security.0', 13],
    ],
  );
  assert.match(results[0].message, /GET \/a lists 2 alternative security requirements/);
});

test('REST APIs are not checked', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      security:
        - jwt: []
        - lambda: []
      responses: {}
  /b:
    get:
      security:
        - {jwt: [], lambda: []}
      responses: {}
  /c:
    get:
      security:
        - jwt: [read]
      responses: {}
`,
    { flavour: 'rest' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
