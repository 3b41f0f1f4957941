import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../../rules/auth/root-security-ignored.js';
import { corpusSkip, lintCorpus } from '../../support/corpus.js';
import { rootSecurityDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG api-gateway-known-issues: REST import does not apply root-level security.
ruleTester(rule, {
  valid: [{ name: 'HTTP APIs are not checked', code: rootSecurityDoc(), options: { flavour: 'http' } }],
  invalid: [
    {
      name: 'root security in a REST API with uncovered operations',
      code: rootSecurityDoc(),
      options: { flavour: 'rest' },
      // info: AWS's observed behaviour applies it, no hole is claimed
      errors: [{ path: 'security', line: 3, severity: 'info', message: /1 operation\(s\) \(GET \/open\) rely on it/ }],
    },
  ],
});

// The corpus file LocalStack validated against AWS: root security applied to every method there.
const globalAuth = 'localstack__localstack__tests__aws__files__openapi.spec.global-auth.json';
test(
  'real corpus: the AWS-validated global-auth import gets advice, never a warning',
  { skip: corpusSkip(globalAuth) },
  async () => {
    assert.deepEqual(await lintCorpus(globalAuth, ['apigw-root-security-ignored']), [
      ['apigw-root-security-ignored', 83, 'info'],
    ]);
  },
);
