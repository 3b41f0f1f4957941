/**
 * The known misses of issue #15 §2 that the real corpus shows, each pinned on the file that showed it
 * (the finding, its line and severity). The planted-defect classes are in test/lint/planted-defects.test.ts,
 * the ground-truth pair in test/rules/integration/apigw-integration-lambda-http-method.test.ts.
 * Every test skips cleanly when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintFiles } from '../../src/lint/files.js';
import { corpusDir } from '../support/cli.js';
import { corpusSkip, lintCorpus } from '../support/corpus.js';

const cases: Array<[string, string, string, [string, number, string][]]> = [
  [
    'an operation without x-amazon-apigateway-integration (CreateDeployment: "No integration defined for method")',
    'smithy-lang__smithy__smithy-aws-apigateway-openapi__src__test__resources__software__amazon__smithy__aws__apigateway__openapi__substitution-performed.json',
    'apigw-integration-missing',
    [['apigw-integration-missing', 27, 'error']],
  ],
  [
    '*/* binary media types with a MOCK preflight lacking contentHandling: CONVERT_TO_TEXT',
    'localstack__localstack__tests__aws__files__openapi.spec.pulumi.json',
    'apigw-binary-preflight-content-handling',
    [['apigw-binary-preflight-content-handling', 35, 'error']],
  ],
  [
    'an HTTP API Lambda authorizer without authorizerPayloadFormatVersion',
    'localstack__localstack__tests__aws__files__openapi.spec.json',
    'apigw-authorizer-simple-responses',
    [['apigw-authorizer-simple-responses', 158, 'error']],
  ],
  [
    'a hard-coded Region in an integration ARN of a templated file (Fn::GetAtt/Fn::Sub elsewhere)',
    'aws-samples__serverless-patterns__apigw-kinesis-lambda-ddb__api.yaml',
    'apigw-integration-hardcoded-region-account',
    [['apigw-integration-hardcoded-region-account', 35, 'warn']],
  ],
  [
    'a hard-coded Region twice in one templated file: reported once, counting the other ARN',
    'aws-samples__serverless-patterns__apigw-sfn-crud__api.openapi.yaml',
    'apigw-integration-hardcoded-region-account',
    [['apigw-integration-hardcoded-region-account', 19, 'warn']],
  ],
  [
    'a form-encoded SNS request template interpolating request data without $util.urlEncode',
    'aws-samples__serverless-patterns__apigw-sns-sms__api.yaml',
    'apigw-template-form-url-encode',
    [['apigw-template-form-url-encode', 30, 'warn']],
  ],
  [
    'integration response mappings on a Lambda proxy integration (ignored)',
    'localstack__localstack__tests__aws__files__openapi.spec.tf.json',
    'apigw-integration-proxy-ignores-mappings',
    [['apigw-integration-proxy-ignores-mappings', 55, 'warn']],
  ],
  [
    'integration response mappings on a proxy integration in a Terraform template (ignored)',
    'nationalarchives__tdr-terraform-environments__templates__api_gateway__sign_cookies_api.json.tpl',
    'apigw-integration-proxy-ignores-mappings',
    [['apigw-integration-proxy-ignores-mappings', 36, 'warn']],
  ],
  [
    'a literal ACCOUNT_ID left in an integration URI',
    'awslabs__aws-apigateway-importer__tst__resources__swagger__apigateway.json',
    'apigw-integration-uri-placeholder',
    [['apigw-integration-uri-placeholder', 88, 'error']],
  ],
  [
    'a literal account-id left in an authorizer URI',
    'localstack__localstack__tests__aws__files__petstore-authorizer.swagger.json',
    'apigw-integration-uri-placeholder',
    [
      ['apigw-integration-uri-placeholder', 339, 'error'],
      ['apigw-integration-uri-placeholder', 352, 'error'],
    ],
  ],
];

for (const [title, file, code, expected] of cases) {
  test(`real corpus: ${title}`, { skip: corpusSkip(file) }, async () => {
    assert.deepEqual(await lintCorpus(file, [code]), expected);
  });
}

// The SAM template that includes (AWS::Include) an OpenAPI file $ref-ing a shared schema file:
// CloudFormation passes the included file to API Gateway as one document, the $refs are not bundled.
const templates = resolve(corpusDir, '..', 'templates');
const ecommerce = join(templates, 'aws-samples__aws-serverless-ecommerce-platform__products', 'template.yaml');
test(
  'real corpus: an external-file $ref in a definition a SAM template includes is reported at each $ref',
  { skip: existsSync(ecommerce) ? false : 'corpus templates absent' },
  async () => {
    const { findings } = await lintFiles([ecommerce], { cwd: templates });
    assert.deepEqual(
      findings.filter((f) => f.code === 'apigw-ref-external-file').map((f) => [f.range.start.line + 1, f.severity]),
      [
        [25, 'warn'],
        [37, 'warn'],
        [38, 'warn'],
        [44, 'warn'],
      ],
    );
  },
);
