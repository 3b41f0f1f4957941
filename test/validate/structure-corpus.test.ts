/**
 * Regression over the shared corpus of real definitions: the structure check never throws, never
 * hangs, runs on every file the loader accepts, and points every finding at a file it loaded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../src/definition/load.js';
import { InputError } from '../../src/core/errors.js';
import { validateStructure } from '../../src/validate/structure.js';
import { corpusDir, corpusSkip } from '../support/cli.js';

test('structure check on every corpus definition', { skip: corpusSkip(), timeout: 120_000 }, async () => {
  const names = readdirSync(corpusDir).filter((n) => n !== 'SOURCES.tsv' && !n.endsWith('.md'));
  assert.ok(names.length >= 100, `corpus has ${names.length} files`);
  let checked = 0;
  let intrinsicNotes = 0;
  const unchecked: string[] = [];
  for (const name of names) {
    let spec;
    try {
      spec = await loadSpec(join(corpusDir, name));
    } catch (error) {
      if (error instanceof InputError) continue; // unreadable input: the loader's tests own that
      throw error;
    }
    const findings = await validateStructure(spec);
    checked++;
    for (const f of findings) {
      assert.ok(spec.files.has(f.source), `${name}: finding in a file that was not loaded: ${f.source}`);
      assert.ok(f.range.start.line >= 0 && f.range.start.character >= 0, `${name}: bad range`);
      assert.ok(
        ['oas-schema', 'oas-spec', 'oas-schema-intrinsic', 'apigw-openapi-version', 'oas-structure-unchecked'].includes(
          f.code,
        ),
        f.code,
      );
      if (f.code === 'oas-schema-intrinsic') intrinsicNotes++;
      if (f.code === 'oas-structure-unchecked') unchecked.push(`${name}: ${f.message}`);
    }
  }
  assert.ok(checked >= 95, `only ${checked} corpus files loaded`);
  // The check ran on every one of them.
  assert.deepEqual(unchecked, []);
  // CloudFormation-flavoured definitions in the corpus do trigger undecidable checks.
  assert.ok(intrinsicNotes >= 1);
});
