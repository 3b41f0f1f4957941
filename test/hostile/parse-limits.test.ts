/**
 * Hostile input, classes "budgets", "crash forms" and "slow validation": each input of our own
 * making ends bounded (built CLI, under 5 s and 512 MB) with exit 0, 1 or 2 and a message that
 * names the file, line and column; never "internal error".
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBounded, runBounded } from '../support/bounded.js';

const dir = mkdtempSync(join(tmpdir(), 'apigw-parse-limits-'));
const HEAD = 'openapi: 3.0.1\ninfo: {title: t, version: "1"}\n';
function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** Nine levels of nine aliases: 500 bytes that a copying parser expands to 9^9 nodes. */
function aliasBomb(): string {
  let text = 'x-l0: &l0 [a, b, c, d, e, f, g, h, i]\n';
  for (let level = 1; level < 9; level++)
    text += `x-l${level}: &l${level} [${Array(9)
      .fill(`*l${level - 1}`)
      .join(', ')}]\n`;
  return text;
}

const cases: Array<{
  name: string;
  file: string;
  text: string;
  command?: string[];
  code: 0 | 1 | 2;
  stderr?: RegExp;
  stdout?: RegExp;
}> = [
  {
    name: 'YAML alias bomb',
    file: 'bomb.yaml',
    text: `${HEAD}paths: {}\n${aliasBomb()}`,
    code: 2,
    stderr:
      /bomb\.yaml:10:11: YAML aliases expand this document past 2000000 nodes \(raise the limit with --max-aliases\)\n$/,
  },
  {
    name: "YAML alias bomb in a $ref'd file",
    file: 'uses-bomb.yaml',
    text: `${HEAD}paths: {}\nx-a: {$ref: "./bomb-part.yaml#/x-l8"}\n`,
    code: 2,
    stderr: /bomb-part\.yaml:7:11: YAML aliases expand this document past 2000000 nodes/,
  },
  {
    name: 'an alias inside its own anchor',
    file: 'self-alias.yaml',
    text: `${HEAD}paths: {}\nx-a: &me [1, *me]\n`,
    code: 2,
    stderr: /self-alias\.yaml:4:15: YAML alias refers to a node that contains it/,
  },
  {
    name: '10,000-deep JSON',
    file: 'deep.json',
    text: `{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {},\n"x-deep": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
    code: 2,
    stderr: /deep\.json:2:510: JSON nested more than 500 levels deep \(raise the limit with --max-depth\)\n$/,
  },
  {
    name: '10,000-deep YAML flow',
    file: 'deep-flow.yaml',
    text: `${HEAD}paths: {}\nx-deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`,
    code: 2,
    stderr: /deep-flow\.yaml:4:\d+: YAML nested more than 500 levels deep/,
  },
  {
    name: '10,000-deep YAML block',
    file: 'deep-block.yaml',
    text: `${HEAD}paths: {}\nx-deep:\n${Array.from({ length: 10_000 }, (_, i) => `${' '.repeat(i + 1)}k:\n`).join('')}${' '.repeat(10_001)}v\n`,
    code: 2,
    stderr: /deep-block\.yaml:\d+:\d+: YAML nested more than 500 levels deep/,
  },
  {
    name: 'empty !!str',
    file: 'str.yaml',
    text: `${HEAD}paths: {}\nx-a: !!str\n`,
    code: 2,
    stderr:
      /str\.yaml:4:6: invalid YAML: the explicit tag !!str cannot be read here; write the value as a quoted string\n$/,
  },
  {
    name: '!!binary',
    file: 'binary.yaml',
    text: `${HEAD}paths: {}\nx-a: !!binary aGk=\n`,
    code: 2,
    stderr: /binary\.yaml:4:6: invalid YAML: the explicit tag !!binary cannot be read here/,
  },
  // lint and validate report a $ref that resolves to nothing and check the rest (exit 1); diff and
  // deploy cannot go on without its target and stop with the same place (exit 2).
  {
    name: 'malformed % escape in a $ref (lint, validate)',
    file: 'percent.yaml',
    text: `${HEAD}paths: {}\nx-a: {$ref: "part%zz.yaml"}\n`,
    code: 1,
    stdout:
      /4:13 +error +apigw-ref-dangling +\$ref 'part%zz\.yaml' cannot be resolved \(.*\/part%zz\.yaml: file not found\)/,
  },
  {
    name: 'malformed % escape in a $ref (diff)',
    file: 'percent-diff.yaml',
    text: `${HEAD}paths: {}\nx-a: {$ref: "part%zz.yaml"}\n`,
    command: ['diff', join(dir, 'percent-diff.yaml')],
    code: 2,
    stderr:
      /^apigw: .*percent-diff\.yaml:4:13: \$ref 'part%zz\.yaml' cannot be resolved \(.*\/part%zz\.yaml: file not found\)\n$/,
  },
  {
    name: '$ref "#" inside an extension value',
    file: 'hash.yaml',
    text: `${HEAD}paths: {}\nx-amazon-apigateway-policy: {$ref: "#"}\n`,
    command: ['lint'],
    code: 1,
    stdout:
      /4:36 +error +apigw-ref-circular +\$ref '#' inside x-amazon-apigateway-policy leads back into its own value/,
  },
  {
    name: 'paths: {$ref: ""} in lint',
    file: 'empty-ref.yaml',
    text: `${HEAD}paths: {$ref: ""}\n`,
    command: ['lint'],
    code: 1,
    stdout: /3:15 +error +apigw-ref-circular +\$ref '' points at the whole document that contains it/,
  },
  {
    name: "recursive schema $ref'd from x-amazon-apigateway-cors",
    file: 'cors.yaml',
    text: `${HEAD}paths: {}\nx-amazon-apigateway-cors: {$ref: "#/components/schemas/Node"}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        next: {$ref: "#/components/schemas/Node"}\n`,
    command: ['lint'],
    code: 1,
    stdout:
      /10:22 +error +apigw-ref-circular +\$ref '#\/components\/schemas\/Node' inside x-amazon-apigateway-cors leads back/,
  },
];

for (const c of cases) {
  test(`parse limits: ${c.name} ends bounded, exit ${c.code}, positioned`, async () => {
    if (c.name.includes('in a $ref')) write('bomb-part.yaml', aliasBomb());
    const file = write(c.file, c.text);
    for (const command of c.command ? [c.command] : [['validate'], ['lint']]) {
      const r = assertBounded(await runBounded([...command, file]), c.code);
      if (c.stderr) assert.match(r.stderr, c.stderr);
      if (c.stdout) assert.match(r.stdout, c.stdout);
    }
  });
}

test('parse limits: --max-depth and --max-aliases raise the limits', async () => {
  const deep = write(
    'raise-deep.json',
    `{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, "x-d": ${'['.repeat(600)}${']'.repeat(600)}}`,
  );
  assertBounded(await runBounded(['validate', deep]), 2);
  assertBounded(await runBounded(['validate', deep, '--max-depth', '700']), 0);
  const aliases = write(
    'raise-aliases.yaml',
    `${HEAD}paths: {}\nx-a: &a [1]\nx-b: [${Array(30).fill('*a').join(', ')}]\n`,
  );
  assertBounded(await runBounded(['validate', aliases]), 0);
  const r = assertBounded(await runBounded(['validate', aliases, '--max-aliases', '10']), 2);
  assert.match(
    r.stderr,
    /raise-aliases\.yaml:5:\d+: YAML has more than 10 aliases \(raise the limit with --max-aliases\)/,
  );
});

test('slow validation: 20,000 parameters on one operation validate in linear time', async () => {
  const parameters = Array.from({ length: 20_000 }, (_, i) => ({
    name: `p${i}`,
    in: 'query',
    schema: { type: 'string' },
  }));
  const doc = {
    openapi: '3.0.1',
    info: { title: 't', version: '1' },
    paths: { '/a': { get: { responses: { '200': { description: 'ok' } }, parameters } } },
  };
  const file = write('params.json', JSON.stringify(doc));
  for (const command of ['validate', 'lint']) assertBounded(await runBounded([command, file]), 0);
  // A duplicate is still found (the check moved out of Ajv's pairwise comparison, not away).
  parameters.push({ ...parameters[7]! });
  writeFileSync(file, JSON.stringify(doc));
  const r = assertBounded(await runBounded(['validate', file, '--format', 'json']), 0);
  assert.match(r.stdout, /must NOT have duplicate items \(items ## 7 and 20000 are identical\)/);
});
