import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { lintFiles } from '../../src/lint/files.js';
import { repoRoot } from '../support/cli.js';

const project = resolve(repoRoot, 'test/fixtures/lint/project');
const brief = (f: { code: string; severity: string; source: string; range: { start: { line: number } } }) => [
  f.code,
  f.severity,
  f.source.slice(project.length + 1),
  f.range.start.line + 1,
];

test('apigw.yaml drives the run: spec files, endpoint type, rules off, path overrides, stage variables', async () => {
  const outcome = await lintFiles([], { cwd: project });
  assert.equal(outcome.unreadable, false);
  assert.deepEqual(outcome.findings.map(brief), [
    // prod lacks backendHost (DG aws-api-gateway-stage-variables-reference)
    ['apigw-stage-variable-undefined', 'error', 'openapi.yaml', 11],
    // api.endpointType EDGE: 29,000 ms is a hard limit
    ['apigw-integration-timeout', 'error', 'openapi.yaml', 12],
    // lowered to warn by the override on $.paths['/internal']
    ['apigw-integration-timeout', 'warn', 'openapi.yaml', 23],
  ]);
  assert.equal(outcome.findings[0].category, 'stages');
  assert.match(outcome.findings[1].documentationUrl ?? '', /docs\/rules\/apigw-integration-timeout\.md$/);
});

test('file overrides, ignore globs and user rulesets', async () => {
  const outcome = await lintFiles(['legacy/old.yaml', 'generated/skip.yaml'], {
    cwd: project,
    rulesets: ['my-ruleset.yaml'],
  });
  assert.deepEqual(outcome.findings.map(brief), [
    ['company-info-contact', 'warn', 'legacy/old.yaml', 2],
    ['apigw-integration-http-uri', 'warn', 'legacy/old.yaml', 11],
  ]);
  assert.deepEqual(
    outcome.notes.filter((n) => n.includes('skipped')),
    ['generated/skip.yaml: skipped (lint.ignore)'],
  );
});

test('--ignore-unknown skips YAML that is not OpenAPI (pre-commit passes every YAML file)', async () => {
  const outcome = await lintFiles(['apigw.yaml'], { cwd: project, ignoreUnknown: true });
  assert.equal(outcome.unreadable, false);
  assert.deepEqual(outcome.files, []);
});
