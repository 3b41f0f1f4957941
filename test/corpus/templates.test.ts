/**
 * The 77 real SAM/CloudFormation templates of ../shared/corpus/templates: `apigw lint` and
 * `apigw validate` read every one (through the CLI a user runs) without an internal error, a stack
 * trace or a hang, and every finding names a real file and line. Skipped when the corpus is absent.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';

const dir = resolve(repoRoot, '..', 'shared', 'corpus', 'templates');
const present = existsSync(join(dir, 'SOURCES.tsv'));
const templates = present
  ? readFileSync(join(dir, 'SOURCES.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .filter((row) => !/included\/referenced file/.test(row[6] ?? ''))
      .map((row) => row[0]!)
  : [];

for (const command of ['lint', 'validate']) {
  test(
    `${command}: every corpus template is read without an internal error, stack trace or hang`,
    { skip: !present && 'no ../shared/corpus/templates' },
    async () => {
      assert.equal(templates.length, 77);
      const started = Date.now();
      const result = await runCli([command, ...templates, '--format', 'json'], { cwd: dir, timeoutMs: 120_000 });
      assert.ok(Date.now() - started < 120_000, 'finished in time');
      assert.ok(result.code === 0 || result.code === 1, `exit ${result.code}: ${result.stderr}`);
      assert.doesNotMatch(result.stderr, /internal|\n\s+at |TypeError|RangeError|ReferenceError/i);
      const findings = JSON.parse(result.stdout) as {
        code: string;
        source: string;
        range: { start: { line: number } };
      }[];
      for (const f of findings) {
        assert.ok(existsSync(f.source), `${f.code}: ${f.source} exists`);
        assert.ok(
          f.range.start.line < readFileSync(f.source, 'utf8').split('\n').length,
          `${f.code}: line inside ${f.source}`,
        );
      }
    },
  );
}
