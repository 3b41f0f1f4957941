/**
 * Flavour detection against the corpus's own labels (SOURCES.tsv, api_flavour column, taken from
 * how each repository deploys the file). One file is undecidable from its content: a REST import
 * fixture whose only marker is the HTTP-only `payloadFormatVersion`; users set --api-type there.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../src/definition/load.js';
import { corpusDir, corpusSkip } from '../support/cli.js';

test('flavour detection agrees with the corpus labels on every decidable file', { skip: corpusSkip() }, async () => {
  const rows = readFileSync(join(corpusDir, 'SOURCES.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
  const wrong: string[] = [];
  let checked = 0;
  for (const [file, , , , , label] of rows) {
    if (label !== 'rest' && label !== 'http') continue;
    let detected: string;
    try {
      detected = (await loadSpec(join(corpusDir, file))).flavour.type;
    } catch {
      continue; // refused files are covered by load.test.ts
    }
    checked++;
    if (detected !== label) wrong.push(file);
  }
  assert.equal(checked, 107);
  assert.deepEqual(wrong, ['localstack__localstack__tests__aws__files__openapi.spec.stage-variables.json']);
});
