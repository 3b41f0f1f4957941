import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runRules } from '../../support/rules.js';
import { corpusSkip, lintCorpus } from '../../support/corpus.js';
import rule from '../../../rules/integration/integration-field-ignored.js';

const doc = (field: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations
        ${field}
`;

test('flags payloadFormatVersion in a REST API', async () => {
  const r = await runRules(rule, doc("payloadFormatVersion: '2.0'"), { flavour: 'rest' });
  assert.deepEqual(
    r.map((x) => [x.code, x.path, x.line]),
    [['apigw-integration-field-ignored', 'paths./pets.get.x-amazon-apigateway-integration.payloadFormatVersion', 10]],
  );
  assert.match(
    r[0].message,
    /payloadFormatVersion "2.0" is used only by HTTP APIs: a REST Lambda proxy integration always sends payload format 1.0/,
  );
});

test("ignored fields that change nothing are not reported: '1.0' on REST, passthroughBehavior on HTTP", async () => {
  assert.deepEqual(await runRules(rule, doc("payloadFormatVersion: '1.0'"), { flavour: 'rest' }), []);
  assert.deepEqual(await runRules(rule, doc('passthroughBehavior: when_no_match'), { flavour: 'http' }), []);
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

test('flags requestTemplates in an HTTP API', async () => {
  const r = await runRules(rule, doc("requestTemplates: {application/json: '{}'}"), { flavour: 'http' });
  assert.match(r[0].message, /requestTemplates is used only by REST APIs; this HTTP API ignores it/);
});

test('accepts fields of the right API type', async () => {
  assert.deepEqual(await runRules(rule, doc("payloadFormatVersion: '2.0'"), { flavour: 'http' }), []);
  assert.deepEqual(await runRules(rule, doc('passthroughBehavior: never'), { flavour: 'rest' }), []);
});
