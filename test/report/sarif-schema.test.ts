/**
 * SARIF output checked against the SARIF 2.1.0 JSON Schema. The schema file comes from the npm
 * package @microsoft/jest-sarif (devDependency; it ships sarif-2.1.0-rtm.5.json, the schema of
 * the 2.1.0 standard, draft-04), validated with ajv-draft-04.
 * GitHub's own requirements on top of the schema
 * (https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning)
 * are asserted too: driver name and rules, relative artifact URIs, 1-based regions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { formatFindings } from '../../src/report/format.js';
import { cwd, findings } from '../fixtures/report/findings.js';

const require = createRequire(import.meta.url);
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

function validator() {
  // The schema's `language` pattern is not valid with the u flag (a stray ']'): compile without it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}
const validate = validator();

function sarif(list = findings, extra = {}) {
  return JSON.parse(
    formatFindings(list, {
      format: 'sarif',
      cwd,
      color: false,
      toolVersion: '0.1.0',
      informationUri: 'https://example.test/apigw',
      rules: [
        {
          id: 'oas-schema',
          description: 'OpenAPI structure',
          documentationUrl: 'https://example.test/rules/oas-schema',
        },
      ],
      ...extra,
    }),
  );
}

test('sarif: valid against the SARIF 2.1.0 schema', () => {
  const log = sarif();
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
  assert.equal(validate(sarif([])), true, JSON.stringify(validate.errors, null, 2));
  assert.equal(
    validate(sarif(findings, { toolVersion: undefined, informationUri: undefined, rules: undefined })),
    true,
  );
});

test('sarif: the schema check can fail (a broken log is rejected)', () => {
  const log = sarif();
  log.runs[0].results[0].level = 'fatal';
  assert.equal(validate(log), false);
});

test('sarif: tool driver with version, informationUri and rules with helpUri', () => {
  const driver = sarif().runs[0].tool.driver;
  assert.equal(driver.name, 'apigw');
  assert.equal(driver.version, '0.1.0');
  assert.equal(driver.informationUri, 'https://example.test/apigw');
  assert.deepEqual(
    driver.rules.map((r: { id: string; helpUri?: string }) => [r.id, r.helpUri]),
    [
      ['oas-schema', 'https://example.test/rules/oas-schema'],
      ['oas-intrinsic-undecided', undefined],
      ['apigw-cors-wildcard', undefined],
      // A finding's documentationUrl becomes its rule's helpUri when the rule was not described.
      ['apigw-integration-timeout', 'https://example.test/rules/apigw-integration-timeout'],
    ],
  );
});

test('sarif: results with ruleId, level, relative URI and 1-based region', () => {
  const results = sarif().runs[0].results;
  assert.deepEqual(
    results.map((r: any) => [
      r.ruleId,
      r.ruleIndex,
      r.level,
      r.locations[0].physicalLocation.artifactLocation.uri,
      r.locations[0].physicalLocation.region,
    ]),
    [
      [
        'oas-intrinsic-undecided',
        1,
        'note',
        'api/models%20dir/pet.yaml',
        { startLine: 1, startColumn: 1, endLine: 1, endColumn: 4 },
      ],
      [
        'apigw-cors-wildcard',
        2,
        'note',
        'api/openapi.yaml',
        { startLine: 3, startColumn: 7, endLine: 3, endColumn: 14 },
      ],
      ['oas-schema', 0, 'error', 'api/openapi.yaml', { startLine: 11, startColumn: 5, endLine: 15, endColumn: 1 }],
      [
        'apigw-integration-timeout',
        3,
        'warning',
        'api/openapi.yaml',
        { startLine: 20, startColumn: 26, endLine: 20, endColumn: 31 },
      ],
    ],
  );
  assert.equal(results[1].message.text, 'Value "a,b:c" is 100% <wild> & ]]> done\nsecond line');
});

test('sarif: a file outside cwd gets an absolute file:// URI', () => {
  const log = sarif([{ ...findings[1]!, source: '/other/place/api.yaml' }]);
  assert.equal(
    log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri,
    'file:///other/place/api.yaml',
  );
  assert.equal(validate(log), true);
});
