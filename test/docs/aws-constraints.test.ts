/**
 * docs/aws-constraints.md stays honest: every rule id it names is in the registry (a lint rule, a
 * config rule, or a validate/loader code), every rule named has a doc page that cites AWS, and each
 * row is exactly one of enforced / offline (with a reason) / open.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules } from '../../src/lint/registry.js';
import { repoRoot } from '../support/cli.js';

interface Row {
  id: string;
  enforcedBy: string;
}

function rows(): Row[] {
  const text = readFileSync(resolve(repoRoot, 'docs/aws-constraints.md'), 'utf8');
  return text
    .split('\n')
    .filter((l) => /^\| C\d+ \|/.test(l))
    .map((l) => {
      const cells = l.split(' | ');
      return { id: cells[0].slice(2), enforcedBy: cells[cells.length - 1].replace(/ \|$/, '') };
    });
}

test('every catalogue row is enforced by existing rules, or says why not', async () => {
  const registry = new Map((await allRules()).map((r) => [r.id, r]));
  const all = rows();
  assert.ok(all.length >= 100, `only ${all.length} rows`);
  assert.equal(new Set(all.map((r) => r.id)).size, all.length, 'row ids are unique');
  const counts = { enforced: 0, offline: 0, open: 0 };
  for (const row of all) {
    if (/^offline: \S/.test(row.enforcedBy)) {
      counts.offline++;
      continue;
    }
    if (/^open\b/.test(row.enforcedBy)) {
      counts.open++;
      continue;
    }
    const ids = [...row.enforcedBy.matchAll(/`([a-z][a-z0-9-]+)`/g)].map((m) => m[1]);
    assert.ok(ids.length > 0, `${row.id}: neither rule ids nor offline/open: ${row.enforcedBy}`);
    for (const id of ids) {
      assert.ok(registry.has(id), `${row.id}: unknown rule ${id}`);
      const page = resolve(repoRoot, 'docs/rules', `${id}.md`);
      assert.ok(
        existsSync(page) && readFileSync(page, 'utf8').includes(registry.get(id)!.awsSource),
        `${id}: doc page citing AWS`,
      );
    }
    counts.enforced++;
  }
  // The numbers the catalogue's summary states (update both together).
  assert.deepEqual(counts, { enforced: 182, offline: 6, open: 1 });
});
