import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../../rules/integration/integration-field-ignored.js';
import { corpusSkip, lintCorpus } from '../../support/corpus.js';
import { lambdaProxyDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

const INTEGRATION = 'paths./pets.get.x-amazon-apigateway-integration';

ruleTester(rule, {
  valid: [
    {
      name: "payloadFormatVersion '2.0' on HTTP",
      code: lambdaProxyDoc({ payloadFormatVersion: '2.0' }),
      options: { flavour: 'http' },
    },
    {
      name: 'passthroughBehavior on REST',
      code: lambdaProxyDoc({ passthroughBehavior: 'never' }),
      options: { flavour: 'rest' },
    },
    // Ignored fields that change nothing are not reported.
    {
      name: "payloadFormatVersion '1.0' on REST (what REST sends anyway)",
      code: lambdaProxyDoc({ payloadFormatVersion: '1.0' }),
      options: { flavour: 'rest' },
    },
    {
      name: 'passthroughBehavior on HTTP (no templates to pass through)',
      code: lambdaProxyDoc({ passthroughBehavior: 'when_no_match' }),
      options: { flavour: 'http' },
    },
  ],
  invalid: [
    {
      name: "payloadFormatVersion '2.0' on REST",
      code: lambdaProxyDoc({ payloadFormatVersion: '2.0' }),
      options: { flavour: 'rest' },
      errors: [
        {
          path: `${INTEGRATION}.payloadFormatVersion`,
          line: 10,
          message:
            /payloadFormatVersion "2.0" is used only by HTTP APIs: a REST Lambda proxy integration always sends payload format 1.0/,
        },
      ],
    },
    {
      name: 'requestTemplates on HTTP',
      code: lambdaProxyDoc({ requestTemplates: { 'application/json': '{}' } }),
      options: { flavour: 'http' },
      errors: [
        {
          path: `${INTEGRATION}.requestTemplates`,
          line: 10,
          message: /requestTemplates is used only by REST APIs; this HTTP API ignores it/,
        },
      ],
    },
  ],
});

// Corpus files that showed the noise (and the double report with validate's apigw-extension-flavour).
const smithy =
  'smithy-lang__smithy__smithy-aws-apigateway-openapi__src__test__resources__software__amazon__smithy__aws__apigateway__openapi__integrations.openapi.json';
test(
  "real corpus: Smithy's payloadFormatVersion 1.0 on REST is reported by nobody",
  { skip: corpusSkip(smithy) },
  async () => {
    assert.deepEqual(await lintCorpus(smithy, ['apigw-integration-field-ignored', 'apigw-extension-flavour']), []);
  },
);
const kinesis = 'aws-samples__serverless-patterns__apigw-kinesis-lambda-ddb__api.yaml';
test(
  'real corpus: x-amazon-apigateway-cors on a REST API is reported once, by the rule',
  { skip: corpusSkip(kinesis) },
  async () => {
    assert.deepEqual(
      await lintCorpus(kinesis, ['apigw-cors-rest-extension-ignored', 'apigw-extension-flavour']).then((r) =>
        r.filter(([, line]) => line === 51),
      ),
      [['apigw-cors-rest-extension-ignored', 51, 'warn']],
    );
  },
);
