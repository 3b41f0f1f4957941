/**
 * Real definitions from the shared corpus (`../shared/corpus/specs`), for tests that pin a finding
 * (or its absence) on the file that showed it. `corpusSkip(name)` is the `skip` option: such tests
 * skip cleanly when the corpus is not there.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { lintFiles } from '../../src/lint/files.js';
import type { Finding } from '../../src/core/finding.js';
import { corpusDir, corpusSkip as corpusMissing } from './cli.js';

export function corpusFile(name: string): string {
  return join(corpusDir, name);
}

export function corpusSkip(name: string): false | string {
  return corpusMissing() || (existsSync(corpusFile(name)) ? false : `corpus file ${name} absent`);
}

/** `apigw lint` of one corpus file with default settings: its findings as [code, 1-based line, severity]. */
export async function lintCorpus(name: string, codes?: string[]): Promise<[string, number, string][]> {
  const { findings } = await lintFiles([corpusFile(name)], { cwd: corpusDir });
  return findings
    .filter((f: Finding) => !codes || codes.includes(f.code))
    .map((f) => [f.code, f.range.start.line + 1, f.severity]);
}
