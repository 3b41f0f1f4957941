/**
 * checkExtensions through the real loader: placement, unknown names, flavour, schema findings, with
 * the file, JSON path and 1-based line:column each one points at.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { loadSpec } from '../../src/definition/index.js';
import { checkExtensions } from '../../src/validate/extensions.js';
import { compareFindings, type Finding } from '../../src/core/finding.js';
import { repoRoot } from '../support/cli.js';

const fixture = (name: string) => resolve(repoRoot, 'test/fixtures/validate', name);
const show = (f: Finding) =>
  `${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${JSON.stringify(f.path)}`;

async function run(name: string, apiType?: 'rest' | 'http') {
  const spec = await loadSpec(fixture(name), { apiType });
  return checkExtensions(spec).sort(compareFindings);
}

test('REST (Swagger 2.0): placement, flavour, unknown names, schema, intrinsics, positioned', async () => {
  const findings = await run('rest-extensions.yaml');
  assert.deepEqual(findings.map(show), [
    '3:33 warn apigw-extension-placement ["x-amazon-apigateway-integration"]',
    '5:26 warn apigw-extension-flavour ["x-amazon-apigateway-cors"]',
    '7:38 warn apigw-extension-unknown ["x-amazon-apigateway-gateway-respones"]',
    '9:47 error apigw-extension-schema ["x-amazon-apigateway-minimum-compression-size"]',
    '11:29 warn apigw-extension-unknown ["x-amazon-api-gateway-policy"]',
    '21:30 error apigw-extension-schema ["paths","/pets","get","x-amazon-apigateway-integration","passthroughBehavior"]',
    '22:25 warn apigw-extension-unknown-field ["paths","/pets","get","x-amazon-apigateway-integration","timeoutInMilis"]',
    '25:25 error apigw-extension-schema ["paths","/pets","get","x-amazon-apigateway-integration","responses","default","statusCode"]',
    '33:30 info apigw-undecidable ["paths","/pets","x-amazon-apigateway-any-method","x-amazon-apigateway-integration","connectionType"]',
    '41:13 error apigw-extension-flavour ["securityDefinitions","authorizer","x-amazon-apigateway-authorizer","type"]',
  ]);
  const byCode = (code: string, n = 0) => findings.filter((f) => f.code === code)[n].message;
  assert.equal(
    byCode('apigw-extension-placement'),
    'x-amazon-apigateway-integration is not read at the document root; it belongs in an operation',
  );
  assert.equal(
    byCode('apigw-extension-flavour'),
    'x-amazon-apigateway-cors is used only by HTTP APIs, and this is a REST API (detected: Swagger 2.0 document (HTTP APIs import OpenAPI 3.0 only)): API Gateway ignores it; REST APIs model CORS with an OPTIONS method and response headers',
  );
  assert.equal(
    byCode('apigw-extension-unknown'),
    'x-amazon-apigateway-gateway-respones is not an API Gateway extension; API Gateway ignores it (did you mean x-amazon-apigateway-gateway-responses?)',
  );
  assert.equal(
    byCode('apigw-extension-unknown', 1),
    'x-amazon-api-gateway-policy is not an API Gateway extension; API Gateway ignores it (did you mean x-amazon-apigateway-policy?)',
  );
  assert.equal(
    byCode('apigw-extension-schema', 1),
    'x-amazon-apigateway-integration.passthroughBehavior must be one of when_no_match, when_no_templates, never (got "sometimes")',
  );
  // `!Sub` with ${AWS::Region} and a resource attribute, and `!GetAtt` credentials: no finding at all.
  assert.ok(!findings.some((f) => f.path.includes('uri') || f.path.includes('credentials')));
  assert.ok(findings.every((f) => f.source === fixture('rest-extensions.yaml')));
});

test('HTTP (OpenAPI 3.0): servers[] placement, REST-only extensions, $ref integrations reported once at the component', async () => {
  const findings = await run('http-extensions.yaml');
  assert.deepEqual(findings.map(show), [
    '4:44 warn apigw-extension-placement ["x-amazon-apigateway-endpoint-configuration"]',
    '6:40 warn apigw-extension-flavour ["x-amazon-apigateway-request-validators"]',
    '11:34 error apigw-extension-schema ["servers",0,"x-amazon-apigateway-endpoint-configuration","disableExecuteApiEndpoint"]',
    '33:24 warn apigw-extension-flavour ["components","x-amazon-apigateway-integrations","orders","contentHandling"]',
    '34:24 error apigw-extension-schema ["components","x-amazon-apigateway-integrations","orders","timeoutInMillis"]',
  ]);
  assert.equal(
    findings[0].message,
    'x-amazon-apigateway-endpoint-configuration is not read at the document root; it belongs in a servers[] entry (in OpenAPI 3.0 it goes inside a servers[] entry; at the root it is ignored)',
  );
  assert.equal(
    findings[4].message,
    'x-amazon-apigateway-integration.timeoutInMillis must be between 50 and 30000 (got 31000)',
  );
});

test('--api-type overrides detection, and the message says so', async () => {
  const findings = await run('http-extensions.yaml', 'rest');
  const cors = findings.find((f) => f.path[0] === 'x-amazon-apigateway-importexport-version');
  assert.equal(
    cors?.message,
    'x-amazon-apigateway-importexport-version is used only by HTTP APIs, and this is a REST API (set by --api-type): API Gateway ignores it',
  );
  // As a REST API, the shared integration is a $ref REST imports may not resolve; reported per operation.
  assert.deepEqual(findings.filter((f) => f.message.includes('is a $ref')).map(show), [
    '20:39 warn apigw-extension-flavour ["paths","/orders","post","x-amazon-apigateway-integration"]',
    '25:39 warn apigw-extension-flavour ["paths","/orders","get","x-amazon-apigateway-integration"]',
  ]);
});

test('a finding inside a $ref-ed file points into that file', async () => {
  const findings = await run('rest-multifile.yaml');
  const schema = findings.find((f) => f.code === 'apigw-extension-schema');
  assert.equal(schema?.source, fixture('parts/integration.yaml'));
  assert.deepEqual(schema?.path, ['lambda', 'contentHandling']);
  assert.equal(schema && show(schema), '5:20 error apigw-extension-schema ["lambda","contentHandling"]');
  assert.equal(
    schema?.message,
    'x-amazon-apigateway-integration.contentHandling must be one of CONVERT_TO_TEXT, CONVERT_TO_BINARY (got "CONVERT_TO_JSON")',
  );
});
