/**
 * checkCrossReferences through the real loader: each importer cross-reference check, with exact
 * rule id, JSON path, 1-based line:column and message.
 * AWS behaviour pinned here:
 *  - mapping from an undeclared method request parameter / to an undeclared method response header
 *    fails with "Invalid mapping expression specified" (github.com/amazon-archives/aws-apigateway-importer/issues/209;
 *    DG request-response-data-mappings: parameters must be defined before they are mapped);
 *  - an integration response whose status has no method response fails with "No method response exists
 *    for method." (github.com/amazon-archives/aws-apigateway-importer/issues/121);
 *  - a path placeholder is a method request path parameter without a declaration (console "Request paths";
 *    AWS samples such as aws-samples/serverless-samples fargate-rest-api map undeclared ones);
 *  - HTTP APIs never read parameter declarations (DG http-api-open-api.html), hence info there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { loadSpec } from '../../src/definition/index.js';
import { checkCrossReferences } from '../../src/validate/crossrefs.js';
import { compareFindings, type Finding } from '../../src/core/finding.js';
import { repoRoot } from '../support/cli.js';

const fixture = (name: string) => resolve(repoRoot, 'test/fixtures/validate', name);
const show = (f: Finding) =>
  `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`;

async function run(name: string) {
  const spec = await loadSpec(fixture(name));
  return checkCrossReferences(spec).sort(compareFindings);
}

test('REST: every cross-reference the importer resolves, positioned', async () => {
  const findings = await run('rest-crossrefs.yaml');
  assert.deepEqual(findings.map(show), [
    "3:40 error apigw-xref-request-validator the document uses request validator 'all-checks', which is not defined in x-amazon-apigateway-request-validators (defined: basic)",
    "16:19 error apigw-xref-security-scheme GET /pets/{petId} requires security scheme 'cognito', which is not defined in securityDefinitions (defined: api_key)",
    "32:46 error apigw-xref-method-parameter requestParameters['integration.request.querystring.q'] uses method.request.querystring.q, but GET /pets/{petId} declares no query parameter 'q'; API Gateway rejects mappings from undeclared method request parameters",
    "35:13 error apigw-xref-method-parameter cacheKeyParameters uses method.request.querystring.page, but GET /pets/{petId} declares no query parameter 'page'; API Gateway rejects mappings from undeclared method request parameters",
    "41:52 error apigw-xref-response-header integration response 'default' maps method.response.header.X-Request-Id, but the 200 response of GET /pets/{petId} does not declare header 'X-Request-Id'",
    '43:25 error apigw-xref-method-response integration response \'404\' returns status 404, but GET /pets/{petId} has no 404 response (declared: 200); every backend answer it selects fails with 500 ("Output mapping refers to an invalid method response: 404"). Declare a 404 method response',
    "45:9 info apigw-path-parameter path /pets/{petId}/toys/{toyId} has the placeholder {toyId}, but GET /pets/{petId}/toys/{toyId} declares no path parameter 'toyId'",
    "46:20 error apigw-duplicate-operation-id operationId 'getPet' of GET /pets/{petId}/toys/{toyId} is already used by GET /pets/{petId} (line 13); operationIds must be unique",
    "47:46 error apigw-xref-request-validator GET /pets/{petId}/toys/{toyId} uses request validator 'strict', which is not defined in x-amazon-apigateway-request-validators (defined: basic)",
    "50:18 warn apigw-path-parameter GET /pets/{petId}/toys/{toyId} declares the path parameter 'owner', but path /pets/{petId}/toys/{toyId} has no {owner} placeholder",
  ]);
  assert.deepEqual(findings[2].path, [
    'paths',
    '/pets/{petId}',
    'get',
    'x-amazon-apigateway-integration',
    'requestParameters',
    'integration.request.querystring.q',
  ]);
  // Declared on the path item (petId), header names case-insensitive (X-Trace), a path placeholder
  // (toyId), and a !Sub placeholder: none of them is reported.
  assert.ok(
    !findings.some(
      (f) => /petId'|x-trace|toyId'\)|HeaderName/i.test(f.message) && f.code === 'apigw-xref-method-parameter',
    ),
  );
});

test('HTTP: undeclared placeholders are info, undefined security schemes are errors', async () => {
  const findings = await run('http-crossrefs.yaml');
  assert.deepEqual(findings.map(show), [
    "6:9 info apigw-path-parameter path /items/{id} has the placeholder {id}, but GET /items/{id} declares no path parameter 'id'",
    "8:15 error apigw-xref-security-scheme GET /items/{id} requires security scheme 'jwt', which is not defined in components.securitySchemes (defined: jwtAuth)",
  ]);
});

test('a dangling $ref stops the loader (reported there, exit 2), so checkCrossReferences never sees it', async () => {
  await assert.rejects(
    loadSpec(fixture('dangling-integration-ref.yaml')),
    /\$ref '#\/components\/x-amazon-apigateway-integrations\/missing' points to nothing/,
  );
});
