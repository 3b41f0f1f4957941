import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { lintSpec, allRules } from '../../src/lint/index.js';
import { loadSpec } from '../../src/definition/load.js';
import { repoRoot } from '../support/cli.js';

const sam = resolve(repoRoot, 'test/fixtures/lint/sam/template-body.yaml');

test('a SAM/CloudFormation definition (short tags, Fn::Sub, Fn::GetAtt, !If) gets no errors from the ruleset', async () => {
  const ids = new Set((await allRules()).map((r) => r.id));
  const findings = await lintSpec(await loadSpec(sam));
  assert.deepEqual(
    findings.filter((f) => ids.has(f.code) && f.severity === 'error').map((f) => [f.code, f.range.start.line + 1]),
    [],
  );
});

test('… and no errors at all, validate included', async () => {
  const findings = await lintSpec(await loadSpec(sam));
  assert.deepEqual(
    findings.filter((f) => f.severity === 'error').map((f) => f.code),
    [],
  );
});
