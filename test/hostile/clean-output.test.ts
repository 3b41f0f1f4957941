/**
 * Hostile input, class "output injection": control characters from a definition (CR, LF, ESC, C1)
 * never reach a terminal, CI log or PR comment raw. Human formats show them escaped (`\r`,
 * `\u001b`); JSON and SARIF stay valid and keep the data; stderr stays one line per error.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBounded, runBounded } from '../support/bounded.js';

const dir = mkdtempSync(join(tmpdir(), 'apigw-clean-output-'));
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const INJECT_KEY = 'evil\r::error title=pwned::injected';
const FAKE_KEY = 'fake\u001b[32m No problems found.\u001b[0m\u0085';
const file = join(dir, 'ctl.yaml');
writeFileSync(
  file,
  [
    'openapi: 3.0.1',
    'info: {title: t, version: "1"}',
    'paths:',
    '  /a:',
    '    options:',
    '      responses: {"200": {description: ok}}',
    'x-amazon-apigateway-cors:',
    '  allowOrigins: ["*"]',
    '  "evil\\r::error title=pwned::injected": 1',
    '  "fake\\e[32m No problems found.\\e[0m\\N": 2',
    '',
  ].join('\n'),
);

test('clean output: stylish and github show control characters escaped; no injected workflow command', async () => {
  const stylish = assertBounded(await runBounded(['lint', file]), 0);
  assert.doesNotMatch(stylish.stdout, RAW_CONTROL);
  assert.ok(stylish.stdout.includes("undocumented field 'evil\\r::error title=pwned::injected'"), stylish.stdout);
  assert.ok(
    stylish.stdout.includes("undocumented field 'fake\\u001b[32m No problems found.\\u001b[0m\\u0085'"),
    stylish.stdout,
  );
  const github = assertBounded(await runBounded(['lint', file, '--format', 'github']), 0);
  assert.doesNotMatch(github.stdout, RAW_CONTROL);
  // Every line is one of ours: a warning annotation; nothing starts a second command.
  for (const line of github.stdout.trimEnd().split('\n')) assert.match(line, /^::warning file=/);
});

test('clean output: JSON and SARIF stay valid and keep the data exactly', async () => {
  for (const format of ['json', 'sarif']) {
    const r = assertBounded(await runBounded(['lint', file, '--format', format]), 0);
    assert.doesNotMatch(r.stdout, RAW_CONTROL);
    const text = JSON.stringify(JSON.parse(r.stdout));
    assert.ok(text.includes(JSON.stringify(INJECT_KEY).slice(1, -1)), format);
    assert.ok(
      text.includes(JSON.stringify(FAKE_KEY).slice(1, -1).replace('\u0085', '\\u0085')) || text.includes('\u0085'),
      format,
    );
  }
  const junit = assertBounded(await runBounded(['lint', file, '--format', 'junit', '--fail-severity', 'warn']), 1);
  assert.doesNotMatch(junit.stdout, RAW_CONTROL);
  assert.ok(junit.stdout.includes('evil\\r::error'), junit.stdout);
});

test('clean output: an error line on stderr and a finding stay one line (LF and ESC in a $ref escaped)', async () => {
  const bad = join(dir, 'bad-ref.yaml');
  writeFileSync(
    bad,
    'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\nx-a: {$ref: "no\\nsuch\\e[2J.yaml"}\n',
  );
  // diff cannot go on without the target: one line on stderr, exit 2.
  const r = assertBounded(await runBounded(['diff', bad, bad]), 2);
  assert.doesNotMatch(r.stderr, RAW_CONTROL);
  assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
  assert.match(r.stderr, /bad-ref\.yaml:4:13: \$ref 'no\\nsuch\\u001b\[2J\.yaml' /);
  // lint reports it as a finding (exit 1): one line in stylish too (stylish folds line breaks in a message to spaces).
  const lint = assertBounded(await runBounded(['lint', bad]), 1);
  assert.doesNotMatch(lint.stdout + lint.stderr, RAW_CONTROL);
  assert.match(
    lint.stdout,
    /\n 4:13 +error +apigw-ref-dangling +\$ref 'no such\\u001b\[2J\.yaml' cannot be resolved [^\n]*x-a\.\$ref\n/,
  );
});

test('clean output: diff text and markdown print template lines escaped', async () => {
  const repo = join(dir, 'diff');
  mkdirSync(repo);
  const definition = (template: string) =>
    [
      'openapi: 3.0.1',
      'info: {title: t, version: "1"}',
      'paths:',
      '  /a:',
      '    get:',
      '      responses: {"200": {description: ok}}',
      '      x-amazon-apigateway-integration:',
      '        type: aws',
      '        httpMethod: POST',
      '        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations',
      `        requestTemplates: {application/json: ${JSON.stringify(template)}}`,
      '',
    ].join('\n');
  writeFileSync(join(repo, 'a.yaml'), definition('{"a": 1}'));
  writeFileSync(join(repo, 'b.yaml'), definition('{"a": 2}\r::error title=x::injected\n\u001b[2J#set($x = 1)'));
  for (const format of ['text', 'markdown']) {
    const r = assertBounded(await runBounded(['diff', 'a.yaml', 'b.yaml', '--format', format], { cwd: repo }), 0);
    assert.doesNotMatch(r.stdout, RAW_CONTROL, format);
    assert.ok(r.stdout.includes('\\u001b[2J#set($x = 1)'), r.stdout);
    assert.ok(r.stdout.includes('{"a": 2}\\r::error title=x::injected'), r.stdout);
  }
});
