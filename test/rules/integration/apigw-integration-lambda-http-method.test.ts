import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../../rules/integration/integration-lambda-http-method.js';
import { corpusSkip, lintCorpus } from '../../support/corpus.js';
import { integrationDoc, LAMBDA_INVOCATION_URI } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// Swagger 2.0: the integration at line 6, type 7, httpMethod 8.
const lambda = (fields: Record<string, unknown>) =>
  integrationDoc({ type: 'aws_proxy', ...fields, uri: LAMBDA_INVOCATION_URI }, { swagger: true });
// Issue #15 §2: the URI is a deploy-time placeholder, the integration type still says Lambda.
const opaque = (type: string, httpMethod = 'OPTIONS') =>
  integrationDoc({ type, httpMethod, uri: '${lambda_function_uri}' }, { path: '/url', method: 'options' });
const OPAQUE_METHOD = {
  path: 'paths./url.options.x-amazon-apigateway-integration.httpMethod',
  line: 8,
  message: /must use `httpMethod: POST`, not "OPTIONS"/,
};

ruleTester(rule, {
  valid: [
    { name: 'POST, any case', code: lambda({ httpMethod: 'post' }) },
    {
      name: 'GET toward a non-Lambda backend',
      code: integrationDoc(
        { type: 'http_proxy', httpMethod: 'GET', uri: 'https://example.com/pets' },
        { swagger: true },
      ),
    },
    { name: 'placeholder URI, POST (HTTP)', code: opaque('aws_proxy', 'POST'), options: { flavour: 'http' } },
    { name: 'placeholder URI, http_proxy (HTTP)', code: opaque('http_proxy'), options: { flavour: 'http' } },
    { name: 'placeholder URI, aws: not necessarily Lambda (REST)', code: opaque('aws'), options: { flavour: 'rest' } },
  ],
  invalid: [
    {
      name: 'GET toward a Lambda function',
      code: lambda({ httpMethod: 'GET' }),
      errors: [
        {
          path: 'paths./pets.get.x-amazon-apigateway-integration.httpMethod',
          line: 8,
          message: /must use `httpMethod: POST`, not "GET"/,
        },
      ],
    },
    {
      name: 'a Lambda integration without httpMethod',
      code: lambda({}),
      errors: [{ path: 'paths./pets.get.x-amazon-apigateway-integration', line: 6 }],
    },
    {
      name: 'placeholder URI: Lambda inferred from aws_proxy (REST)',
      code: opaque('aws_proxy'),
      options: { flavour: 'rest' },
      errors: [OPAQUE_METHOD],
    },
    {
      name: 'placeholder URI: Lambda inferred from aws_proxy without integrationSubtype (HTTP)',
      code: opaque('aws_proxy'),
      options: { flavour: 'http' },
      errors: [OPAQUE_METHOD],
    },
  ],
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
