import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/validation/model-name.js';

// BOTO-V1 CreateModelRequest.name: alphanumeric.
test('underscore in a schema name', async () => {
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
    [['apigw-model-name', 'definitions.Pet_Model', 18]],
  );
  assert.match(results[0].message, /Rename it to PetModel/);
});

test('HTTP APIs have no models', async () => {
  const results = await runRules(
    rule,
    `openapi: 3.0.1
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
    { flavour: 'http' },
  );
  assert.deepEqual(
    results.map((r) => [r.code, r.path, r.line]),
    [],
  );
});
