/**
 * dereference.ts against json-schema-ref-parser (through swagger-parser, as the structure check
 * used to call it) on every corpus definition: the same prepared document must dereference to
 * the same result (key order included), or fail with the same message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { loadSpec } from '../../src/definition/load.js';
import { InputError } from '../../src/core/errors.js';
import { buildValidationDocument } from '../../src/validate/structure/prepare.js';
import { dereferenceDocument } from '../../src/validate/structure/dereference.js';
import { checkParsedVersion } from '../../src/validate/structure/versions.js';
import { corpusDir, corpusSkip } from '../support/cli.js';

/** Where two acyclic graphs first differ (keys in order), each pair of nodes compared once. */
function firstDifference(a: unknown, b: unknown, path: string, seen: Map<object, Set<object>>): string | undefined {
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return Object.is(a, b) ? undefined : path;
  let pairs = seen.get(a);
  if (pairs?.has(b)) return undefined;
  if (!pairs) seen.set(a, (pairs = new Set()));
  pairs.add(b);
  if (Array.isArray(a) !== Array.isArray(b) || Object.keys(a).join('\0') !== Object.keys(b).join('\0')) return path;
  for (const key of Object.keys(a)) {
    const at = firstDifference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}/${key}`,
      seen,
    );
    if (at) return at;
  }
  return undefined;
}

const outcome = async (run: () => unknown): Promise<{ value?: unknown; error?: string }> => {
  try {
    return { value: await run() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
};

test(
  "dereference equals json-schema-ref-parser's on every corpus definition",
  { skip: corpusSkip(), timeout: 120_000 },
  async () => {
    const names = readdirSync(corpusDir).filter((n) => n !== 'SOURCES.tsv' && !n.endsWith('.md'));
    let compared = 0;
    const differences: string[] = [];
    for (const name of names) {
      let spec;
      try {
        spec = await loadSpec(join(corpusDir, name));
      } catch (error) {
        if (error instanceof InputError) continue;
        throw error;
      }
      if (spec.version !== 'swagger2' && spec.version !== 'oas30') continue;
      const theirs = await outcome(async () => {
        const parser = new SwaggerParser();
        await parser.validate(spec.rootFile, buildValidationDocument(spec, { copyAll: true }).doc as never, {
          resolve: { external: false },
          dereference: { circular: 'ignore' },
          validate: { schema: false, spec: false },
        });
        return parser.api;
      });
      const ours = await outcome(() => {
        const doc = buildValidationDocument(spec).doc;
        checkParsedVersion(spec.rootFile, doc);
        return dereferenceDocument(doc);
      });
      compared++;
      if (theirs.error !== ours.error) differences.push(`${name}: error ${theirs.error} vs ${ours.error}`);
      else if (!theirs.error) {
        const at = firstDifference(theirs.value, ours.value, '#', new Map());
        if (at) differences.push(`${name}: differs at ${at}`);
      }
    }
    assert.ok(compared >= 95, `only ${compared} corpus definitions compared`);
    assert.deepEqual(differences, []);
  },
);
