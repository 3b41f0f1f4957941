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
  // These reference a shared schemas file that lives elsewhere in their repository.
  'aws-samples__aws-serverless-ecommerce-platform__delivery-pricing':
    /shared\/resources\/schemas\.yaml: file not found \(and 2 more dangling \$refs\)$/,
  'aws-samples__aws-serverless-ecommerce-platform__orders':
    /schemas\.yaml: file not found \(and 3 more dangling \$refs\)$/,
  'aws-samples__aws-serverless-ecommerce-platform__payment': /schemas\.yaml: file not found$/,
  'aws-samples__aws-serverless-ecommerce-platform__products':
    /schemas\.yaml: file not found \(and 3 more dangling \$refs\)$/,
  // Genuine mistakes: models referenced but never defined.
  'balabalabear-vault__infra__definitions__api_definition.tpl':
    /:39:25: \$ref '#\/definitions\/Comments' points to nothing$/,
  'nationalarchives__tdr-terraform-environments__templates__api_gateway__backend_checks.json.tpl':
    /:32:23: \$ref '#\/definitions\/Empty' points to nothing$/,
  'nationalarchives__tdr-terraform-environments__templates__api_gateway__export_api.json.tpl':
    /:32:23: \$ref '#\/definitions\/Empty' points to nothing$/,
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
    } catch (error) {
      assert.ok(error instanceof InputError, `${name}: not an InputError: ${(error as Error).stack}`);
      assert.ok(expected, `${name} refused unexpectedly: ${error.line}`);
      assert.match(error.line, expected, name);
      refusedSeen.push(name);
    }
  }
  assert.equal(refusedSeen.length, Object.keys(REFUSED).length);
});
