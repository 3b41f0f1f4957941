import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/integration-passthrough-behavior.js';

const doc = (value: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      x-amazon-apigateway-integration:
        type: aws
        passthroughBehavior: ${value}
`;

test('flags an unknown passthroughBehavior', async () => {
  const r = await runRules(rule, doc('when_no_template'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [
      [
        'apigw-integration-passthrough-behavior',
        'paths./pets.post.x-amazon-apigateway-integration.passthroughBehavior',
        8,
      ],
    ],
  );
  assert.match(r[0].message, /"when_no_template" is not valid; use when_no_match, when_no_templates or never/);
});

test('accepts the three values in either case', async () => {
  for (const v of ['when_no_match', 'WHEN_NO_TEMPLATES', 'never'])
    assert.deepEqual(await runRules(rule, doc(v)), [], v);
});
