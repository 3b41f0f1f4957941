import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/validation/method-response-schema-object.js';

// DG api-gateway-known-issues: method response models must be objects.
test('primitive JSON response schema', async () => {
  const results = await runRules(
    rule,
    `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /a:
    post:
      parameters:
        - in: body
          name: body
          schema:
            type: object
            properties:
              n: {type: number, format: int64, default: 1}
      responses:
        '200':
          description: ok
          schema: {type: string}
definitions:
  Pet_Model:
    type: object
    discriminator: kind
    properties:
      id: {type: integer, format: int64, readOnly: true, example: 3}
      price: {type: number, format: decimal, exclusiveMinimum: true, minimum: 0}
  Pet:
    type: object
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [['apigw-method-response-schema-object', 'paths./a.post.responses.200.schema.type', 16]],
  );
});

test('text responses and object schemas pass', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses:
        '200':
          description: ok
          content:
            text/plain:
              schema: {type: string}
            application/json:
              schema: {type: object}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
