/**
 * checkExtensions + checkCrossReferences over the shared corpus of real definitions (read in place,
 * never copied). Nothing may crash, and the error-level findings are pinned: each one was reviewed
 * (see the notes) and is a real defect of that definition, not a false positive of ours.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadSpec } from '../../src/definition/index.js';
import { InputError } from '../../src/core/errors.js';
import { checkExtensions } from '../../src/validate/extensions.js';
import { checkCrossReferences } from '../../src/validate/crossrefs.js';
import { corpusDir, corpusSkip } from '../support/cli.js';

// Reviewed error findings, `file|rule|line`:
// - url-shortener, s12d: OpenAPI 3 documents declaring the authorizer under Swagger-2 `securityDefinitions`.
// - sam-cli sync definitions, DG request-validation sample: `api_key` requirement without a scheme.
// - DG request-validation sample: integration response 400 maps a header with no 400 method response.
// - awslabs importer test, moto, prannoymulmi: headers/parameters mapped without being declared.
// - localstack openapi-basepath: a requestParameters value that is a boolean.
// - smithy CORS test: a mock integration response 200 mapping headers for an operation that declares only 201/204.
const EXPECTED_ERRORS = `
aws-samples__amazon-api-gateway-url-shortener__api.yaml|apigw-xref-security-scheme|82,128,222,263
aws-samples__sessions-with-aws-sam__s12d__server__api.yaml|apigw-xref-security-scheme|66,131,232,273
aws__aws-sam-cli__tests__integration__testdata__sync__code__after__apigateway__definition.json|apigw-xref-security-scheme|25
aws__aws-sam-cli__tests__integration__testdata__sync__code__before__apigateway2__definition.yaml|apigw-xref-security-scheme|15
aws__aws-sam-cli__tests__integration__testdata__sync__code__before__apigateway__definition.json|apigw-xref-security-scheme|25
awsdocs__amazon-api-gateway-developer-guide__doc_source__api-gateway-request-validation-sample-api-swagger.md__block0.json|apigw-xref-method-response|77,130
awsdocs__amazon-api-gateway-developer-guide__doc_source__api-gateway-request-validation-sample-api-swagger.md__block0.json|apigw-xref-security-scheme|60,113
awslabs__aws-apigateway-importer__tst__resources__swagger__apigateway.json|apigw-xref-response-header|115,196
getmoto__moto__tests__test_apigateway__resources__test_api_integration.yaml|apigw-xref-method-parameter|37,38,39,70,71,72
getmoto__moto__tests__test_apigateway__resources__test_api_integration.yaml|apigw-xref-response-header|28,29,30,31,32,33,34,35,61,62,63,64,65,66,67,68
localstack__localstack__tests__aws__files__openapi-basepath-url.yaml|apigw-extension-schema|31
prannoymulmi__aws-localstack__configurations__openapi.yml.tpl|apigw-xref-method-parameter|20,34
smithy-lang__smithy__smithy-aws-apigateway-openapi__src__test__resources__software__amazon__smithy__aws__apigateway__openapi__cors-with-preflight-sync.openapi.json|apigw-xref-method-response|146
`.trim();

test('corpus: no crash; every error-level finding is one of the reviewed ones', { skip: corpusSkip() }, async () => {
  const files = readdirSync(corpusDir)
    .filter((f) => f !== 'SOURCES.tsv')
    .sort();
  assert.ok(files.length >= 113, `corpus has ${files.length} files`);
  const errors = new Map<string, number[]>();
  let checked = 0;
  for (const name of files) {
    let spec;
    try {
      spec = await loadSpec(join(corpusDir, name));
    } catch (error) {
      // Unusable inputs (dangling refs, Terraform templates that are not JSON) are the loader's to report.
      assert.ok(error instanceof InputError, `${name}: ${String(error)}`);
      continue;
    }
    checked++;
    for (const f of [...checkExtensions(spec), ...checkCrossReferences(spec)]) {
      assert.ok(f.range && f.source, `${name}: ${f.code} has no location`);
      if (f.severity !== 'error') continue;
      const key = `${basename(spec.rootFile)}|${f.code}`;
      errors.set(key, [...(errors.get(key) ?? []), f.range.start.line + 1]);
    }
  }
  assert.ok(checked >= 100, `only ${checked} corpus files loaded`);
  const actual = [...errors].map(([k, lines]) => `${k}|${lines.sort((a, b) => a - b).join(',')}`).sort();
  assert.deepEqual(actual, EXPECTED_ERRORS.split('\n').sort());
});
