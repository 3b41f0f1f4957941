/**
 * Every finding lint reports on real input is placed exactly where the parsers' own
 * `getLocationForJsonPath` places it. For each finding on each corpus definition, each corpus
 * SAM/CloudFormation template and each benchmark definition, the position index
 * (src/definition/positions.ts) answers the finding's path as the original lookup does, and the
 * finding's range is that answer. (test/definition/positions.test.ts compares the two lookups on
 * every path; this one ties the comparison to what users see.) Skips cleanly without ../shared.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getLocationForJsonPath as yamlLocation } from '@stoplight/yaml';
import { getLocationForJsonPath as jsonLocation } from '@stoplight/json';
import { parseSource } from '../../src/definition/parse.js';
import { locatorFor } from '../../src/definition/positions.js';
import { lintFiles } from '../../src/lint/files.js';
import type { Finding, JsonPath, Range } from '../../src/core/finding.js';
import { corpusDir, corpusSkip } from '../support/cli.js';

const templatesDir = join(corpusDir, '..', 'templates');
const benchDir = join(corpusDir, '..', '..', 'bench-specs');

type Located = { range: Range } | undefined;
interface Lookups {
  original: (path: JsonPath) => Located;
  indexed: (path: JsonPath) => Located;
}

/** Both lookups on one file, parsed exactly as the loader parses it. */
function lookupsOf(file: string): Lookups {
  const { format, parserResult } = parseSource(file, readFileSync(file, 'utf8')).file;
  const original = format === 'json' ? jsonLocation : yamlLocation;
  // A fresh parse's own locator: for JSON, the fast path's index (json-index.ts) unless the file
  // needed the old parser; the original lookup reads the old parser's AST (built on demand).
  const fresh = locatorFor(parserResult as object, format);
  return { original: (path) => original(parserResult as never, path, true), indexed: (path) => fresh(path, true) };
}

/**
 * Findings not placed by a path lookup: those the parser placed (a duplicate key, path []) and
 * those about a whole input, which carry an empty range at line 1 (`oas-structure-unchecked`).
 */
const placedByPath = (f: Finding): boolean =>
  f.path.length > 0 &&
  !(f.range.start.line === 0 && f.range.start.character === 0 && f.range.end.line === 0 && f.range.end.character === 0);

/** Lints each file on its own and checks every finding; returns how many were checked. */
async function checkFindings(files: string[], cwd: string): Promise<number> {
  let checked = 0;
  let placed = 0;
  for (const file of files) {
    const { findings } = await lintFiles([file], { cwd });
    const bySource = new Map<string, Lookups>();
    for (const f of findings as Finding[]) {
      if (!f.source || !existsSync(f.source)) continue;
      let lookups = bySource.get(f.source);
      if (!lookups) bySource.set(f.source, (lookups = lookupsOf(f.source)));
      const where = `${file}: ${f.code} at ${JSON.stringify(f.path)}`;
      const want = lookups.original(f.path);
      assert.deepEqual(lookups.indexed(f.path), want, where);
      if (placedByPath(f)) assert.deepEqual(f.range, want?.range, where);
      checked++;
      if (placedByPath(f)) placed++;
    }
  }
  // Nearly every finding is placed by its path: the exceptions must stay exceptions.
  assert.ok(placed >= checked * 0.95, `${placed} of ${checked} findings placed by path`);
  return checked;
}

const listed = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f !== 'SOURCES.tsv' && f !== 'README.md')
    .map((f) => join(dir, f));

test(
  'every finding on the corpus definitions is placed as the original lookup places it',
  { skip: corpusSkip() },
  async () => {
    const files = listed(corpusDir);
    assert.ok(files.length >= 100);
    assert.ok((await checkFindings(files, corpusDir)) > 300);
  },
);

test(
  'every finding on the corpus templates is placed as the original lookup places it',
  { skip: corpusSkip(templatesDir) },
  async () => {
    // The 77 templates; the files they include are linted through them.
    const templates = readFileSync(join(templatesDir, 'SOURCES.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .filter((row) => !/included\/referenced file/.test(row[6] ?? ''))
      .map((row) => join(templatesDir, row[0]!));
    assert.equal(templates.length, 77);
    assert.ok((await checkFindings(templates, templatesDir)) > 300);
  },
);

const BENCH = ['stripe__spec3.yaml', 'github__api.github.com.json', 'kubernetes-client__swagger.json.unprocessed'];
test(
  'every finding on the benchmark definitions (Stripe, GitHub, Kubernetes) is placed as the original lookup places it',
  { skip: corpusSkip(benchDir) },
  async () => {
    assert.ok(
      (await checkFindings(
        BENCH.map((name) => join(benchDir, name)),
        benchDir,
      )) > 3000,
    );
  },
);
