/**
 * docs/aws-constraints.md stays honest: every rule id it names is in the registry (a lint rule, a
 * config rule, or a validate/loader code), every rule named has a doc page that cites AWS and the
 * source of each row the rule enforces, each row is exactly one of enforced / offline (with a reason)
 * / open, and the counts agree with the page's Count paragraph, src/lint/catalogue.ts and `apigw rules`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { allRules } from '../../src/lint/registry.js';
import { CONSTRAINT_CATALOGUE } from '../../src/lint/catalogue.js';
import { formatRuleList } from '../../src/lint/rule-list.js';
import { repoRoot, runCli } from '../support/cli.js';

interface Row {
  id: string;
  /** The Source cell's links, without #fragments. */
  sources: string[];
  enforcedBy: string;
}

const catalogue = () => readFileSync(resolve(repoRoot, 'docs/aws-constraints.md'), 'utf8');

function rows(): Row[] {
  return catalogue()
    .split('\n')
    .filter((l) => /^\| C\d+ \|/.test(l))
    .map((l) => {
      const cells = l.split(' | ');
      return {
        id: cells[0].slice(2),
        sources: [...cells[3].matchAll(/\]\((https:[^)#]+)[^)]*\)/g)].map((m) => m[1]),
        enforcedBy: cells[cells.length - 1].replace(/ \|$/, ''),
      };
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
    assert.ok(row.sources.length > 0, `${row.id}: no source link`);
    for (const id of ids) {
      assert.ok(registry.has(id), `${row.id}: unknown rule ${id}`);
      const page = resolve(repoRoot, 'docs/rules', `${id}.md`);
      assert.ok(existsSync(page), `${id}: no doc page`);
      const text = readFileSync(page, 'utf8');
      assert.ok(text.includes(registry.get(id)!.awsSource), `${id}: doc page citing AWS`);
      for (const source of row.sources) assert.ok(text.includes(source), `${row.id}: ${id}'s doc page cites ${source}`);
    }
    counts.enforced++;
  }
  // The numbers src/lint/catalogue.ts holds (apigw rules prints them) and the Count paragraph states.
  const { rows: total, ...stated } = CONSTRAINT_CATALOGUE;
  assert.deepEqual(counts, stated);
  assert.equal(all.length, total);
  const paragraph = catalogue().slice(catalogue().indexOf('## Count'));
  assert.match(paragraph, new RegExp(`^${total} rows`, 'm'));
  assert.match(paragraph, new RegExp(`\\*\\*${counts.enforced} enforced\\*\\*`));
  assert.match(paragraph, new RegExp(`\\*\\*${counts.offline} not checkable offline\\*\\*`));
  assert.match(paragraph, new RegExp(`\\*\\*${counts.open} open\\*\\*`));
});

test('apigw rules ends with the catalogue count; a --category list does not', async () => {
  const line = `AWS constraints (docs/aws-constraints.md): ${CONSTRAINT_CATALOGUE.enforced} of ${CONSTRAINT_CATALOGUE.rows} enforced, ${CONSTRAINT_CATALOGUE.offline} not checkable offline, ${CONSTRAINT_CATALOGUE.open} open.`;
  const full = await runCli(['rules']);
  assert.equal(full.code, 0);
  assert.equal(full.stdout.trimEnd().split('\n').at(-1), line);
  assert.ok(!(await runCli(['rules', '--category', 'cors'])).stdout.includes('AWS constraints'));
  assert.ok(!formatRuleList([]).includes('AWS constraints'));
});
