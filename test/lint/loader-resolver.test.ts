/**
 * lint hands Spectral the loader's resolved view (src/lint/loader-resolver.ts) instead of letting
 * Spectral resolve again. Findings must land exactly where Spectral's own resolver puts them,
 * including inside files reached by `$ref`, and a model shared by several operations (or recursive)
 * is reported once, where it is written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import Core from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { loadSpec } from '../../src/definition/load.js';
import { runSpectral } from '../../src/lint/spectral.js';
import { ruleset } from '../../rules/ruleset.js';
import { repoRoot } from '../support/cli.js';

const dir = resolve(repoRoot, 'test/fixtures/lint/shared-models');
const root = resolve(dir, 'openapi.yaml');
const brief = (f: {
  code: string | number;
  source?: string | null;
  path: (string | number)[];
  range: { start: { line: number; character: number } };
}) => [
  String(f.code),
  (f.source ?? '').slice(dir.length + 1),
  f.path.join('.'),
  f.range.start.line + 1,
  f.range.start.character + 1,
];

const expected = [
  ['apigw-integration-timeout', 'integrations.yaml', 'backend.timeoutInMillis', 5, 20],
  ['apigw-model-number-format', 'models.yaml', 'Pet.properties.weight.format', 9, 15],
  ['apigw-model-unsupported-keyword', 'models.yaml', 'Pet.properties.name.example', 6, 16],
  ['apigw-operation-no-auth', 'openapi.yaml', 'paths./pets.get', 7, 9],
  ['apigw-operation-no-auth', 'openapi.yaml', 'paths./pets.post', 17, 10],
];
const byCode = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));

test("lint's Spectral run on the loader's resolved view places findings in the files the $refs point into, once each", async () => {
  const spec = await loadSpec(root);
  const findings = await runSpectral(spec, {
    disabled: new Set(),
    userRulesets: [],
    baseDir: dir,
    run: { apiType: 'rest' },
  });
  assert.deepEqual(findings.map(brief).sort(byCode), expected);
});

test("Spectral's own resolver (what plain Spectral users run) finds the same, at the same places", async () => {
  const spectral = new Core.Spectral();
  spectral.setRuleset(new Core.Ruleset({ extends: [[ruleset, 'all']] } as never));
  const results = await spectral.run(new Core.Document(readFileSync(root, 'utf8'), Parsers.Yaml, root), {
    ignoreUnknownFormat: true,
  });
  assert.deepEqual(results.map(brief).sort(byCode), expected);
});
