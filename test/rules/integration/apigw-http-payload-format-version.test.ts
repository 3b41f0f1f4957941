import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import rule from '../../../rules/integration/http-payload-format-version.js';

const doc = (type: string, uri: string, version: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: ${type}
        httpMethod: GET
        uri: ${uri}
        payloadFormatVersion: ${version}
`;
const LAMBDA = 'arn:aws:lambda:us-east-1:123456789012:function:f';

test('flags 2.0 on an HTTP proxy integration and unknown versions', async () => {
  const r = await runRules(rule, doc('http_proxy', 'https://example.com', "'2.0'"), { flavour: 'http' });
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-http-payload-format-version', 'paths./pets.get.x-amazon-apigateway-integration.payloadFormatVersion', 10]],
  );
  assert.match(r[0].message, /2\.0 applies only to Lambda proxy integrations/);
  assert.match(
    (await runRules(rule, doc('aws_proxy', LAMBDA, "'3.0'"), { flavour: 'http' }))[0].message,
    /"3\.0" is not valid/,
  );
});

test('accepts 1.0/2.0 for Lambda (string or number) and 1.0 elsewhere', async () => {
  for (const v of ["'2.0'", '2.0', "'1.0'", '1.0'])
    assert.deepEqual(await runRules(rule, doc('aws_proxy', LAMBDA, v), { flavour: 'http' }), [], v);
  assert.deepEqual(await runRules(rule, doc('http_proxy', 'https://example.com', '1.0'), { flavour: 'http' }), []);
});
