/**
 * Every rule of the auth, templates, validation and gateway-responses categories has a stable id, a
 * doc page citing its AWS source, and its own test file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../../support/cli.js';
import authRules from '../../../rules/auth/index.js';
import templateRules from '../../../rules/templates/index.js';
import validationRules from '../../../rules/validation/index.js';
import gatewayResponseRules from '../../../rules/gateway-responses/index.js';

const rules = [...authRules, ...templateRules, ...validationRules, ...gatewayResponseRules];

test('ids are unique, prefixed and match their category folder', () => {
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
  for (const r of rules) assert.match(r.id, /^apigw-[a-z0-9-]+$/);
  assert.ok(authRules.every((r) => r.category === 'auth'));
  assert.ok(templateRules.every((r) => r.category === 'templates'));
  assert.ok(validationRules.every((r) => r.category === 'validation'));
  assert.ok(gatewayResponseRules.every((r) => r.category === 'gateway-responses'));
});

test('each rule has a doc page citing its AWS source, and a test file', () => {
  for (const r of rules) {
    const page = resolve(repoRoot, 'docs/rules', `${r.id}.md`);
    assert.ok(existsSync(page), `missing ${page}`);
    const text = readFileSync(page, 'utf8');
    assert.ok(text.startsWith(`# ${r.id}\n`), `${r.id}: page title`);
    assert.ok(text.includes(r.awsSource), `${r.id}: page does not cite ${r.awsSource}`);
    assert.match(r.awsSource, /^https:\/\/docs\.aws\.amazon\.com\//);
    assert.ok(existsSync(resolve(repoRoot, 'test/rules', r.category, `${r.id}.test.ts`)), `${r.id}: no test file`);
  }
});
