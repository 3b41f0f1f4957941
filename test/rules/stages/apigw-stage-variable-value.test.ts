import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configFindings } from '../../lint/support.js';

test('flags spaces and other characters outside the allowed set', async () => {
  const r = await configFindings(
    'stages:\n  dev:\n    variables:\n      greeting: hello world!\n',
    'apigw-stage-variable-value',
  );
  assert.deepEqual(
    r.map((x) => x.slice(0, 3)),
    [['apigw-stage-variable-value', 'stages.dev.variables.greeting', 4]],
  );
  assert.match(r[0][3], /contains space, "!"; values may use only letters, digits and/);
});

test('flags values over 512 characters', async () => {
  const r = await configFindings(
    `stages:\n  dev:\n    variables:\n      long: ${'a'.repeat(513)}\n`,
    'apigw-stage-variable-value',
  );
  assert.match(r[0][3], /is 513 characters; the limit is 512/);
});

test('accepts URLs, ARNs and apigw.yaml placeholders', async () => {
  const yaml =
    'stages:\n  dev:\n    variables:\n      url: https://api.example.com/v1?x=1&y=2#f\n      fn: arn:aws:lambda:eu-west-1:123456789012:function:pets\n      table: ${table}\n';
  assert.deepEqual(await configFindings(yaml, 'apigw-stage-variable-value'), []);
});
