import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules } from '../../src/lint/registry.js';
import { repoRoot } from '../support/cli.js';

test('every rule has docs/rules/<id>.md with bad/good examples and its AWS source', async () => {
  const missing: string[] = [];
  // diff's change kinds are documented together in docs/diff-rules.md (test/diff/cli.test.ts).
  for (const rule of (await allRules()).filter((r) => r.kind !== 'change')) {
    const page = resolve(repoRoot, 'docs/rules', `${rule.id}.md`);
    if (!existsSync(page)) {
      missing.push(rule.id);
      continue;
    }
    const text = readFileSync(page, 'utf8');
    assert.ok(text.startsWith(`# ${rule.id}\n`), rule.id);
    assert.match(text, /## Bad\n/, rule.id);
    assert.match(text, /## Good\n/, rule.id);
    assert.ok(text.includes(rule.awsSource), `${rule.id}: cites ${rule.awsSource}`);
    assert.match(rule.awsSource, /^https:\/\/(docs\.)?aws\.amazon\.com\//, rule.id);
  }
  assert.deepEqual(missing, []);
});
