/**
 * The shared corpus of 113 real definitions: every file either loads, or is refused with the one
 * line a user would get. The refused ones are genuinely unusable as they stand (see each reason).
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec } from '../../src/definition/load.js';
import { InputError } from '../../src/core/errors.js';
import { corpusDir, corpusSkip } from '../support/cli.js';

/** File name prefix -> the reason it cannot be loaded. */
const REFUSED: Record<string, RegExp> = {
  // Terraform templatefile() sources: `${...}` interpolations make them invalid JSON until rendered.
  'R2M2-Innovations__jash-terraform__api-gateway__apis__r2m2-auth-d-1.json':
    /:133:3: invalid JSON: invalid symbol \(the template placeholder \$\{policy\} stands outside a JSON string: lint the rendered file, e\.g\. terraform templatefile\(\)'s output\)$/,
  'R2M2-Innovations__jash-terraform__api-gateway__apis__r2m2-upload-d-1.json':
    /:55:2: invalid JSON: invalid symbol \(the template placeholder \$\{policy\} stands outside a JSON string: lint the rendered file, e\.g\. terraform templatefile\(\)'s output\)$/,
  // An IAM policy template, not an API definition.
  'R2M2-Innovations__jash-terraform__api-gateway__policies__r2m2-auth-d-1.tpl':
    /:1:1: not an OpenAPI or Swagger document/,
  // Genuine mistakes: models referenced but never defined.
  'balabalabear-vault__infra__definitions__api_definition.tpl':
    /:39:25: \$ref '#\/definitions\/Comments' points to nothing$/,
  'nationalarchives__tdr-terraform-environments__templates__api_gateway__backend_checks.json.tpl':
    /:32:23: \$ref '#\/definitions\/Empty' points to nothing$/,
  'nationalarchives__tdr-terraform-environments__templates__api_gateway__export_api.json.tpl':
    /:32:23: \$ref '#\/definitions\/Empty' points to nothing$/,
};

/**
 * These reference a shared schemas file elsewhere in their repository (`../../shared/...`): outside
 * the definition's folder, so the refs are refused unread (an error finding each), and the rest loads.
 */
const OUTSIDE_ROOT: Record<string, number> = {
  'aws-samples__aws-serverless-ecommerce-platform__delivery-pricing': 3,
  'aws-samples__aws-serverless-ecommerce-platform__orders': 4,
  'aws-samples__aws-serverless-ecommerce-platform__payment': 1,
  'aws-samples__aws-serverless-ecommerce-platform__products': 4,
};

const skip = corpusSkip();
const files = skip
  ? []
  : readdirSync(corpusDir)
      .filter((f) => f !== 'SOURCES.tsv' && f !== 'README.md')
      .sort();

test('the corpus is there (113 definitions)', { skip }, () => {
  assert.equal(files.length, 113);
});

test('every corpus file loads, or is refused with its one-line reason', { skip }, async () => {
  const refusedSeen: string[] = [];
  for (const name of files) {
    const expected = Object.entries(REFUSED).find(([prefix]) => name.startsWith(prefix))?.[1];
    try {
      const spec = await loadSpec(join(corpusDir, name));
      assert.equal(expected, undefined, `${name} was expected to be refused`);
      assert.ok(['rest', 'http'].includes(spec.flavour.type));
      const outside = Object.entries(OUTSIDE_ROOT).find(([prefix]) => name.startsWith(prefix))?.[1] ?? 0;
      assert.equal(spec.problems.filter((p) => p.code === 'apigw-ref-outside-root').length, outside, name);
    } catch (error) {
      assert.ok(error instanceof InputError, `${name}: not an InputError: ${(error as Error).stack}`);
      assert.ok(expected, `${name} refused unexpectedly: ${error.line}`);
      assert.match(error.line, expected, name);
      refusedSeen.push(name);
    }
  }
  assert.equal(refusedSeen.length, Object.keys(REFUSED).length);
});
