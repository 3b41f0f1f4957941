import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-missing.js';

const doc = (options: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      responses: {'200': {description: ok}}
      x-amazon-apigateway-integration: {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}, responses: {default: {statusCode: '200'}}}
    options:
      responses: {'200': {description: ok}}
${options}`;

// API reference CreateDeployment: "No integration defined for method".
test('a REST method without an integration beside methods with one', async () => {
  const r = await runRules(rule, doc(''), { flavour: 'rest' });
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-missing', 'paths./pets.options', 8]],
  );
  assert.match(
    r[0].message,
    /^OPTIONS \/pets has no x-amazon-apigateway-integration: the import succeeds, but every CreateDeployment then fails with "No integration defined for method"/,
  );
});

test('every method integrated, a definition without integrations (SAM adds them), and HTTP APIs pass', async () => {
  assert.deepEqual(
    await runRules(rule, doc('      x-amazon-apigateway-integration: {type: mock}\n'), { flavour: 'rest' }),
    [],
  );
  assert.deepEqual(
    await runRules(rule, doc('').replace(/      x-amazon-apigateway-integration: .*\n/, ''), { flavour: 'rest' }),
    [],
  );
  assert.deepEqual(await runRules(rule, doc(''), { flavour: 'http' }), []);
});
