import test from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { lintFiles } from '../../src/lint/files.js';
import { repoRoot } from '../support/cli.js';

const dir = resolve(repoRoot, 'test/fixtures/templates');

test("a template's Stage and UsagePlan resources get apigw.yaml's stage checks, placed on the resources", async () => {
  const outcome = await lintFiles([resolve(dir, 'stages.yaml')], { cwd: dir });
  const rows = outcome.findings
    .filter((f) => /stage-variable|stage-cache|usage-plan/.test(f.code))
    .map((f) => [f.code, f.severity, f.range.start.line + 1, f.path.join('.')]);
  assert.deepEqual(rows, [
    ['apigw-stage-variable-undefined', 'error', 18, 'Resources.ListPets.Properties.Integration.Uri'],
    ['apigw-stage-cache-settings', 'error', 30, 'Resources.Prod.Properties.CacheClusterSize'],
    ['apigw-stage-variable-name', 'error', 40, 'Resources.Beta.Properties.Variables.back-end'],
    ['apigw-usage-plan-stage', 'error', 47, 'Resources.Plan.Properties.ApiStages.0.Stage'],
    ['apigw-usage-plan-quota', 'error', 48, 'Resources.Plan.Properties.Quota.Limit'],
  ]);
  const undefinedVariable = outcome.findings.find((f) => f.code === 'apigw-stage-variable-undefined')!;
  assert.match(
    undefinedVariable.message,
    /not defined on stage beta in this template.*Add it to that stage's Variables\./,
  );
});

test('a stage whose name a parameter gives: no "no stage defines it" findings (the stage set is not known)', async () => {
  const { mkdtempSync, readFileSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const tmp = mkdtempSync(join(tmpdir(), 'apigw-tpl-stages-'));
  const text = readFileSync(resolve(dir, 'stages.yaml'), 'utf8').replace('StageName: beta', 'StageName: !Ref BetaName');
  writeFileSync(join(tmp, 'stages.yaml'), text);
  const outcome = await lintFiles([join(tmp, 'stages.yaml')], { cwd: tmp });
  assert.deepEqual(
    outcome.findings.filter((f) => /stage-variable-undefined|usage-plan-stage/.test(f.code)).map((f) => f.code),
    [],
  );
});
