import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/validation/model-content-type.js';

// DG api-gateway-known-issues / api-gateway-export-api: models are for application/json.
test('object schema for an XML request body', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    post:
      requestBody:
        content:
          application/xml:
            schema: {type: object, properties: {a: {type: string}}}
          application/vnd.api+json:
            schema: {type: object}
      responses: {}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-model-content-type', 'paths./a.post.requestBody.content.application/xml.schema', 9]],
  );
});

test('binary uploads and responses pass', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    put:
      requestBody:
        content:
          application/octet-stream:
            schema: {type: string, format: binary}
      responses:
        '200':
          description: ok
          content:
            text/html:
              schema: {type: object}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});

// DG api-gateway-method-request-validation: a `$default` model validates requests of any content type
// (corpus: serverless-patterns apigw-lambda-request-validator).
test('a $default request model (any content type) passes', async () => {
  const results = await runRules(
    rule,
    `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    post:
      consumes: [$default]
      parameters:
        - {in: body, name: b, schema: {type: object, properties: {a: {type: string}}}}
      responses: {}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
