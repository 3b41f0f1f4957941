/**
 * The default output on real definitions says only what matters on API Gateway (issue #15 §1):
 * each test pins, on the corpus file that showed it, a false-positive class that is gone.
 * Every test skips cleanly when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusSkip, lintCorpus } from '../support/corpus.js';

const validationSample =
  'awsdocs__amazon-api-gateway-developer-guide__doc_source__api-gateway-request-validation-sample-api-swagger.md__block0.json';
test(
  'Ajv oneOf cascade: a Swagger 2.0 response without description gets that one message, not "\'schema\' is not allowed"',
  { skip: corpusSkip(validationSample) },
  async () => {
    assert.deepEqual(await lintCorpus(validationSample, ['oas-schema']), [
      ['oas-schema', 30, 'info'],
      ['oas-schema', 45, 'info'],
      ['oas-schema', 91, 'info'],
      ['oas-schema', 98, 'info'],
    ]);
  },
);

const jwtHttp = 'Baaartosz__rtx-wtf-shorten-api@b781a96__api__shorten-api.tpl';
test(
  'an HTTP API JWT authorizer written as AWS documents it (oauth2, no flows) is not an OpenAPI error',
  { skip: corpusSkip(jwtHttp) },
  async () => {
    assert.deepEqual(await lintCorpus(jwtHttp, ['oas-schema']), []);
  },
);

const pulumi = 'localstack__localstack__tests__aws__files__openapi.spec.pulumi.json';
test(
  'one finding, not twelve, for a method-response key copied into every gateway response',
  { skip: corpusSkip(pulumi) },
  async () => {
    assert.deepEqual(await lintCorpus(pulumi, ['apigw-gateway-response-parameters']), [
      ['apigw-gateway-response-parameters', 88, 'error'],
    ]);
  },
);

const shortener = 'aws-samples__amazon-api-gateway-url-shortener__api.yaml';
test(
  'apigw-undecidable only where a placeholder blocks a check: both branches of an !If CORS origin are checked',
  { skip: corpusSkip(shortener) },
  async () => {
    assert.deepEqual(await lintCorpus(shortener, ['apigw-undecidable']), []);
  },
);

const cdk =
  'aws__aws-cdk__packages__@aws-cdk-testing__framework-integ__test__aws-apigateway__test__sample-definition-substitution.yaml';
test(
  'a CDK {{ placeholder }} is opaque: one undecidable note, never a type error',
  { skip: corpusSkip(cdk) },
  async () => {
    assert.deepEqual(await lintCorpus(cdk), [['apigw-undecidable', 9, 'info']]);
  },
);

test('Terraform ${...} placeholders are opaque: no finding judges them', { skip: corpusSkip(jwtHttp) }, async () => {
  // The JWT issuer and audience are `${region}`/`${user_pool_id}`/`${client_id}`, the Lambda ARN `${lambda_arn}`.
  const findings = await lintCorpus(jwtHttp);
  assert.deepEqual(
    findings.filter(([code]) => /jwt|authorizer|integration-lambda-uri|extension-schema/.test(code)),
    [],
  );
});

const anyMethod = 'aws__aws-sam-cli__tests__integration__testdata__start_api__cdk__sample-definition.yaml';
test(
  'a path-item key that is no method stays a warning: API Gateway silently creates no method',
  { skip: corpusSkip(anyMethod) },
  async () => {
    assert.deepEqual(await lintCorpus(anyMethod, ['oas-schema']), [['oas-schema', 8, 'warn']]);
  },
);
