import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/endpoint/minimum-compression-size.js';

const doc = (size: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths: {}
x-amazon-apigateway-minimum-compression-size: ${size}
`;

test('flags out-of-range sizes and the CloudFormation -1', async () => {
  const r = await runRules(rule, doc('10485761'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-minimum-compression-size', 'x-amazon-apigateway-minimum-compression-size', 4]],
  );
  assert.match((await runRules(rule, doc('-1')))[0].message, /omit the extension to disable compression/);
});

test('accepts 0 to 10485760 and placeholders', async () => {
  for (const v of ['0', '1024', '10485760', '!Ref Size']) assert.deepEqual(await runRules(rule, doc(v)), [], v);
});
