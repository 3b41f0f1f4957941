import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import { corpusSkip, lintCorpus } from '../../support/corpus.js';
import rule from '../../../rules/integration/integration-lambda-http-method.js';

const doc = (method: string) => `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
${method}        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
`;

test('flags GET toward a Lambda function', async () => {
  const r = await runRules(rule, doc('        httpMethod: GET\n'));
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-lambda-http-method', 'paths./pets.get.x-amazon-apigateway-integration.httpMethod', 8]],
  );
  assert.match(r[0].message, /must use `httpMethod: POST`, not "GET"/);
});

test('flags a Lambda integration without httpMethod', async () => {
  const r = await runRules(rule, doc(''));
  assert.deepEqual(
    r.map((x) => [x.path, x.line]),
    [['paths./pets.get.x-amazon-apigateway-integration', 6]],
  );
});

test('accepts POST (any case) and non-Lambda backends with GET', async () => {
  assert.deepEqual(await runRules(rule, doc('        httpMethod: post\n')), []);
  const http = doc('        httpMethod: GET\n')
    .replace(/uri: .*/, 'uri: https://example.com/pets')
    .replace('aws_proxy', 'http_proxy');
  assert.deepEqual(await runRules(rule, http), []);
});

// Issue #15 §2: the URI is a deploy-time placeholder, the integration type still says Lambda.
const opaque = (type: string, extra = '') => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /url:
    options:
      x-amazon-apigateway-integration:
        type: ${type}
        httpMethod: OPTIONS
        uri: \${lambda_function_uri}
${extra}`;

test('a placeholder URI: Lambda inferred from aws_proxy (REST always; HTTP without integrationSubtype)', async () => {
  for (const flavour of ['rest', 'http'] as const) {
    const r = await runRules(rule, opaque('aws_proxy'), { flavour });
    assert.deepEqual(
      r.map((x) => [x.code, x.path, x.line]),
      [['apigw-integration-lambda-http-method', 'paths./url.options.x-amazon-apigateway-integration.httpMethod', 8]],
      flavour,
    );
  }
  assert.deepEqual(await runRules(rule, opaque('aws_proxy').replace('OPTIONS', 'POST'), { flavour: 'http' }), []);
  assert.deepEqual(await runRules(rule, opaque('http_proxy'), { flavour: 'http' }), []);
  assert.deepEqual(await runRules(rule, opaque('aws'), { flavour: 'rest' }), []);
});

// The ground truth of the corpus: the fix commit "OPTIONS /url was not working" changed this one httpMethod.
const buggy = 'Baaartosz__rtx-wtf-shorten-api@402c1f3__api__shorten-api.tpl';
const fixed = 'Baaartosz__rtx-wtf-shorten-api@b781a96__api__shorten-api.tpl';
test(
  'real corpus ground truth: a finding on the buggy file, none on its fix',
  { skip: corpusSkip(buggy) || corpusSkip(fixed) },
  async () => {
    assert.deepEqual(await lintCorpus(buggy), [['apigw-integration-lambda-http-method', 37, 'error']]);
    assert.deepEqual(await lintCorpus(fixed), []);
  },
);
