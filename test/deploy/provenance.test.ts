import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { bodyHash, formatProvenance, gitCommit, parseProvenance } from '../../src/deploy/provenance.js';

describe('deployment provenance (docs/deploy.md "Provenance")', () => {
  it('writes the documented tag after the user description and reads it back', () => {
    const p = { stage: 'prod', body: bodyHash('{"openapi":"3.0.1"}'), commit: '3e4f5a6b7c8d', run: '9c1d2e3f' };
    assert.match(p.body, /^sha256:[0-9a-f]{16}$/);
    assert.equal(bodyHash('{"openapi":"3.0.1"}'), p.body);
    assert.notEqual(bodyHash('{"openapi":"3.0.2"}'), p.body);
    const text = formatProvenance(p, 'release 42');
    assert.equal(text, `release 42 [apigw stage=prod body=${p.body} commit=3e4f5a6b7c8d run=9c1d2e3f]`);
    assert.deepEqual(parseProvenance(text), p);
    assert.equal(
      formatProvenance({ stage: 'qa', body: 'sha256:0123456789abcdef' }),
      '[apigw stage=qa body=sha256:0123456789abcdef]',
    );
    assert.deepEqual(parseProvenance('[apigw stage=qa body=sha256:0123456789abcdef]'), {
      stage: 'qa',
      body: 'sha256:0123456789abcdef',
      commit: undefined,
      run: undefined,
    });
  });

  it('deployments apigw did not make have no provenance', () => {
    assert.equal(parseProvenance(undefined), undefined);
    assert.equal(parseProvenance('apigw deploy 2026-01-01T00:00:00.000Z'), undefined);
    assert.equal(parseProvenance('[apigw run=1]'), undefined);
  });

  it('records the git commit only inside a repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'apigw-prov-'));
    assert.equal(await gitCommit(dir), undefined);
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      })
        .toString()
        .trim();
    git('init', '-q');
    git('commit', '-q', '--allow-empty', '-m', 'x');
    assert.equal(await gitCommit(dir), git('rev-parse', 'HEAD').slice(0, 12));
  });
});
