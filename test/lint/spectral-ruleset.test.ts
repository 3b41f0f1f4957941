/**
 * Plain Spectral users extend rules/ruleset (dist/rules/ruleset.js once built): it must work in a
 * bare Spectral instance, with API type detection instead of apigw's overrides.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Core from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { repoRoot } from '../support/cli.js';

const doc = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: GET
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:pets/invocations
        timeoutInMillis: 10
        requestTemplates: {application/json: '{}'}
`;

async function lintWith(rulesetModule: string) {
  const { default: apigw } = await import(rulesetModule);
  const spectral = new Core.Spectral();
  // What a user's .spectral.js does: extends the apigw ruleset in recommended mode.
  spectral.setRuleset(new Core.Ruleset({ extends: [[apigw, 'recommended']] } as never));
  const results = await spectral.run(new Core.Document(doc, Parsers.Yaml, '/api.yaml'));
  return results.map((r) => [r.code, r.path.join('.'), r.range.start.line + 1]);
}

const expected = [
  ['apigw-integration-lambda-http-method', 'paths./pets.get.x-amazon-apigateway-integration.httpMethod', 8],
  ['apigw-integration-timeout', 'paths./pets.get.x-amazon-apigateway-integration.timeoutInMillis', 10],
  ['apigw-integration-proxy-ignores-mappings', 'paths./pets.get.x-amazon-apigateway-integration.requestTemplates', 11],
];

test('the TypeScript ruleset works in a bare Spectral instance', async () => {
  assert.deepEqual(await lintWith(pathToFileURL(resolve(repoRoot, 'rules/ruleset.ts')).href), expected);
});

const compiled = resolve(repoRoot, 'dist/rules/ruleset.js');
test(
  'the compiled ruleset (dist/rules/ruleset.js) works the same',
  { skip: existsSync(compiled) ? false : 'not built (npm test builds first)' },
  async () => {
    assert.deepEqual(await lintWith(pathToFileURL(compiled).href), expected);
  },
);
