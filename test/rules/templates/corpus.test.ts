/**
 * Regression over the shared corpus of real definitions (SAM, CloudFormation, Terraform templates,
 * AWS documentation samples, LocalStack/moto/Smithy fixtures) for the auth, templates, validation and
 * gateway-responses rules: every error-severity finding is one an expert reviewed as a true positive;
 * anything new is either a regression (false positive) or a new rule that needs review.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Core from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { corpusDir, corpusSkip } from '../../support/cli.js';
import { toSpectralRule } from '../../../rules/lib/rule.js';
import apigwRules from '../../../rules/index.js';

const rules = apigwRules.filter((r) => ['auth', 'templates', 'validation', 'gateway-responses'].includes(r.category));

// Reviewed true positives (file prefix, rule, JSON path).
const EXPECTED_ERRORS = [
  // An HTTP API (x-amazon-apigateway-cors) whose request authorizer uses REST identity-source syntax.
  [
    'localstack__localstack__tests__aws__files__openapi.spec.json',
    'apigw-authorizer-identity-source',
    'components.securitySchemes.myAuthorizer.x-amazon-apigateway-authorizer.identitySource',
  ],
  // The same HTTP API's Lambda authorizer has no authorizerPayloadFormatVersion (required outside the console).
  [
    'localstack__localstack__tests__aws__files__openapi.spec.json',
    'apigw-authorizer-simple-responses',
    'components.securitySchemes.myAuthorizer.x-amazon-apigateway-authorizer',
  ],
  // OPTIONS preflight requiring an API key: browsers' preflights get 403. (swagger.json's preflight
  // goes through a REQUEST authorizer fed by the query string, which a preflight carries: not blocked.)
  [
    'localstack__localstack__tests__aws__files__openapi.spec.pulumi.json',
    'apigw-preflight-authorized',
    'paths./{proxy+}.options.security',
  ],
  // Smithy test fixture with a fake user pool ARN ("arn:foo:baz").
  [
    'smithy-lang__smithy__smithy-aws-apigateway-openapi__src__test__resources__software__amazon__smithy__aws__apigateway__openapi__cognito-user-pools-security.openapi.json',
    'apigw-authorizer-cognito-provider-arns',
    'components.securitySchemes.aws.auth.cognitoUserPools.x-amazon-apigateway-authorizer.providerARNs.0',
  ],
  // Gateway response header keys written as gatewayresponse.header.method.response.header.X (4 responses × 3 headers: one finding).
  [
    'localstack__localstack__tests__aws__files__openapi.spec.pulumi.json',
    'apigw-gateway-response-parameters',
    'x-amazon-apigateway-gateway-responses.UNAUTHORIZED.responseParameters.gatewayresponse.header.method.response.header.Access-Control-Allow-Headers',
  ],
]
  .map((e) => e.join(' '))
  .sort();

test('corpus: error findings are exactly the reviewed true positives', { skip: corpusSkip() }, async () => {
  const spectral = new Core.Spectral();
  spectral.setRuleset({
    rules: Object.fromEntries(rules.map((r) => [r.id, { ...toSpectralRule(r), recommended: true }])),
  } as never);
  const errors: string[] = [];
  let files = 0;
  for (const name of readdirSync(corpusDir).sort()) {
    if (name === 'SOURCES.tsv') continue;
    const text = readFileSync(`${corpusDir}/${name}`, 'utf8');
    const parser = text.trimStart().startsWith('{') ? Parsers.Json : Parsers.Yaml;
    const results = await spectral.run(new Core.Document(text, parser as never, `${corpusDir}/${name}`), {
      ignoreUnknownFormat: true,
    });
    files++;
    for (const r of results)
      if (r.severity === 0 && rules.some((rule) => rule.id === r.code))
        errors.push(`${name} ${r.code} ${r.path.join('.')}`);
  }
  assert.ok(files > 100, `expected the whole corpus, read ${files} files`);
  assert.deepEqual(errors.sort(), EXPECTED_ERRORS);
});
