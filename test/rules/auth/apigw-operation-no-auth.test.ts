import { test } from 'node:test';
import assert from 'node:assert/strict';
import rule from '../../../rules/auth/operation-no-auth.js';
import { rootSecurityDoc } from '../../support/fixtures.js';
import { ruleTester } from '../../support/rule-tester.js';

// DG apigateway-control-access-to-api; DG api-gateway-known-issues (root security ignored by REST).
// Off by default, so the cases run it switched on.
ruleTester(
  { ...rule, recommended: true },
  {
    invalid: [
      {
        name: 'open and key-only operations (REST ignores root security)',
        code: rootSecurityDoc(),
        options: { flavour: 'rest' },
        errors: [
          { path: 'paths./open.get', line: 7, message: /REST APIs ignore root-level security/ },
          { path: 'paths./keyed.post', line: 10, message: /only by an API key/ },
        ],
      },
      {
        name: 'HTTP APIs apply root security: only the key-only operation',
        code: rootSecurityDoc(),
        options: { flavour: 'http' },
        errors: [{ path: 'paths./keyed.post', line: 10 }],
      },
    ],
  },
);

test('off by default (not in apigw:recommended)', () => {
  assert.equal(rule.recommended, false);
});
