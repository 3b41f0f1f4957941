import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-mock-status-code.js';

const doc = (template: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /health:
    get:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '${template}'
        responses:
          default: {statusCode: '200'}
`;

test('flags a MOCK request template without statusCode', async () => {
  const r = await runRules(rule, doc('{"ok": true}'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-integration-mock-status-code',
        'paths./health.get.x-amazon-apigateway-integration.requestTemplates.application/json',
        9,
      ],
    ],
  );
  assert.match(r[0].message, /sets no statusCode; render \{"statusCode": 200\}/);
});

test('accepts a template with statusCode and a MOCK without templates', async () => {
  assert.deepEqual(await runRules(rule, doc('{"statusCode": 200}')), []);
  assert.deepEqual(await runRules(rule, doc('x').replace(/        requestTemplates:\n.*\n/, '')), []);
});
