import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/validation/model-unsupported-keyword.js';

// DG api-gateway-known-issues: discriminator, example, exclusiveMinimum, readOnly, default unsupported.
test('unsupported keywords in named and inline schemas', async () => {
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
      ['apigw-model-unsupported-keyword', 'paths./a.post.parameters.0.schema.properties.n.default', 12],
      ['apigw-model-unsupported-keyword', 'definitions.Pet_Model.discriminator', 20],
      ['apigw-model-unsupported-keyword', 'definitions.Pet_Model.properties.id.example', 22],
      ['apigw-model-unsupported-keyword', 'definitions.Pet_Model.properties.id.readOnly', 22],
      ['apigw-model-unsupported-keyword', 'definitions.Pet_Model.properties.price.exclusiveMinimum', 23],
    ],
  );
});

test('plain draft-4 schemas pass', async () => {
  const results = await runRules(
    rule,
    `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
definitions:
  Pet:
    type: object
    properties:
      id: {type: integer, minimum: 1}
`,
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
