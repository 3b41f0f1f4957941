import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/structure/path-sibling-variables.js';

const doc = (...paths: string[]) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
${paths.map((p) => `  ${p}:\n    get: {responses: {'200': {description: ok}}}`).join('\n')}
`;

test('flags two different path variables under one parent, once per conflicting name', async () => {
  const r = await runRules(rule, doc('/users/{id}', '/users/{name}/posts', '/users/{name}', '/a/{id}', '/a/{proxy+}'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      ['apigw-path-sibling-variables', 'paths./users/{name}/posts', 6],
      ['apigw-path-sibling-variables', 'paths./a/{proxy+}', 12],
    ],
  );
  assert.match(
    r[0].message,
    /"\{name\}" and "\{id\}" \(\/users\/\{id\}\) are two different path variables under \/users/,
  );
});

test('accepts one variable name per parent, nested variables and HTTP APIs', async () => {
  assert.deepEqual(
    await runRules(rule, doc('/users/{id}', '/users/{id}/posts/{postId}', '/users/me', '/{proxy+}')),
    [],
  );
  const http = doc('/a/{id}', '/a/{proxy+}').replace('openapi: 3.0.1', 'openapi: 3.0.1\nx-amazon-apigateway-cors: {}');
  assert.deepEqual(await runRules(rule, http, { flavour: 'http' }), []);
});
