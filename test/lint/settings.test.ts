import { test } from 'node:test';
import assert from 'node:assert/strict';
import { globToRegExp, matchesAny } from '../../src/lint/glob.js';
import { isWithin, parseLocation } from '../../src/lint/json-path.js';
import { effectiveSeverity, settingsFrom } from '../../src/lint/settings.js';
import { parseProjectConfig } from '../../src/config/load.js';

test('globs: **, *, ?, {a,b}, and bare names match in any folder', () => {
  assert.ok(matchesAny('api/v1/openapi.yaml', ['api/**/*.yaml']));
  assert.ok(matchesAny('api/openapi.yaml', ['api/**/*.yaml']));
  assert.ok(!matchesAny('api/v1/openapi.yaml', ['api/*.yaml']));
  assert.ok(matchesAny('deep/x/openapi.json', ['openapi.{yaml,json}']));
  assert.ok(globToRegExp('v?.yaml').test('v1.yaml'));
});

test('override paths: JSONPath and JSON Pointer', () => {
  assert.deepEqual(parseLocation("$.paths['/pets/{id}'].get"), ['paths', '/pets/{id}', 'get']);
  assert.deepEqual(parseLocation('$.paths["/a.b"][*]'), ['paths', '/a.b', '*']);
  assert.deepEqual(parseLocation('/paths/~1pets~1{id}/get'), ['paths', '/pets/{id}', 'get']);
  assert.ok(isWithin(['paths', '/pets', 'get', 'x'], ['paths', '*', 'get']));
  assert.throws(() => parseLocation('paths.pets'), /neither a JSONPath/);
});

test('severity: default, rules, overrides in order; off drops; true restores the default', async () => {
  const config = await parseProjectConfig(
    `lint:\n  rules:\n    r1: warn\n    r2: 'off'\n  overrides:\n    - files: ['legacy/**']\n      rules: {r1: 'off', r2: true}\n`,
    '/p/apigw.yaml',
  );
  const s = settingsFrom(config);
  const f = (code: string, source: string) => ({ code, severity: 'error' as const, source, path: [] });
  assert.equal(effectiveSeverity(f('r1', '/p/openapi.yaml'), s, { severity: 'error' }), 'warn');
  assert.equal(effectiveSeverity(f('r1', '/p/legacy/a.yaml'), s, { severity: 'error' }), 'off');
  assert.equal(effectiveSeverity(f('r2', '/p/openapi.yaml'), s, { severity: 'error' }), 'off');
  assert.equal(effectiveSeverity(f('r2', '/p/legacy/a.yaml'), s, { severity: 'error' }), 'error');
  assert.equal(
    effectiveSeverity(f('x', '/p/a.yaml'), settingsFrom(await parseProjectConfig('lint: {}\n', '/p/apigw.yaml')), {
      severity: 'warn',
      notRecommended: true,
    }),
    'off',
  );
  assert.equal(
    effectiveSeverity(
      f('x', '/p/a.yaml'),
      settingsFrom(await parseProjectConfig('lint: {extends: ["apigw:all"]}\n', '/p/apigw.yaml')),
      { severity: 'warn', notRecommended: true },
    ),
    'warn',
  );
});
