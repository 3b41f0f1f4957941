import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';
import type { LoadedSpec } from '../../../src/definition/types.js';

const spec = {
  resolved: { paths: { '/pets': { get: {} }, '/pets/{id}': { 'x-amazon-apigateway-any-method': {} } } },
} as unknown as LoadedSpec;

test('flags a malformed key and a key matching no method', async () => {
  const yaml =
    'stages:\n  prod:\n    methodSettings:\n      pets/get: {metrics: true}\n      /pets/POST: {metrics: true}\n';
  const r = await configFindings(yaml, 'apigw-method-settings-key', [spec]);
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [
      ['apigw-method-settings-key', 'stages.prod.methodSettings.pets/get', 4],
      ['apigw-method-settings-key', 'stages.prod.methodSettings./pets/POST', 5],
    ],
  );
  assert.match(r[1][3], /matches no method in the definition/);
});

test('accepts existing methods, ANY methods and wildcards', async () => {
  const yaml =
    'stages:\n  prod:\n    methodSettings:\n      /pets/GET: {metrics: true}\n      /pets/{id}/DELETE: {metrics: true}\n      "*/*": {metrics: true}\n';
  assert.deepEqual(await configFindings(yaml, 'apigw-method-settings-key', [spec]), []);
});
