import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/validation/model-number-format.js';

// DG api-gateway-known-issues: int32/int64 on number and decimal unsupported.
test('int64 on number and decimal', async () => {
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
    [
      ['apigw-model-number-format', 'paths./a.post.parameters.0.schema.properties.n.format', 12],
      ['apigw-model-number-format', 'definitions.Pet_Model.properties.price.format', 23],
    ],
  );
});

test('int64 on integer passes', async () => {
  const results = await runRules(
    rule,
    `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    properties:
      id: {type: integer, format: int64}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
