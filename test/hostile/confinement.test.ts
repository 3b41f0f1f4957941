/**
 * Hostile input, class "confinement": a `$ref` reads only inside the project root, never a device,
 * a FIFO, a file behind a symlink that leaves the root, or the network; the refused file's content
 * never reaches the output. Run on the built CLI (bin/run.js), within 5 s and 512 MB.
 */
import test from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertBounded, runBounded } from '../support/bounded.js';

const SECRET = 'SECRET-6f1d2c-not-for-output';
const base = mkdtempSync(join(tmpdir(), 'apigw-confine-'));
const outside = join(base, 'outside');
const project = join(base, 'project');
mkdirSync(outside);
mkdirSync(join(project, 'api'), { recursive: true });
writeFileSync(join(outside, 'secret.yaml'), `type: string\ndescription: ${SECRET}\n`);
symlinkSync(join(outside, 'secret.yaml'), join(project, 'api', 'link.yaml'));
symlinkSync(outside, join(project, 'api', 'linked-dir'));

function definition(ref: string): string {
  return [
    'openapi: 3.0.1',
    'info: {title: t, version: "1"}',
    'paths:',
    '  /p:',
    '    get:',
    '      responses:',
    '        "200":',
    '          description: ok',
    '          content:',
    '            application/json:',
    `              schema: {$ref: ${JSON.stringify(ref)}}`,
    '',
  ].join('\n');
}

function write(name: string, text: string): string {
  const file = join(project, 'api', name);
  writeFileSync(file, text);
  return file;
}

const escapes: Array<[string, string]> = [
  ['absolute path', join(outside, 'secret.yaml')],
  ['../ path', '../../outside/secret.yaml'],
  ['percent-encoded ../', '%2e%2e/%2e%2e/outside/secret.yaml'],
  ['symlinked file', 'link.yaml'],
  ['symlinked folder', 'linked-dir/secret.yaml'],
];

for (const [what, ref] of escapes) {
  test(`confinement: a $ref by ${what} is an error finding naming the ref, the file unread`, async () => {
    const file = write(`escape-${what.replace(/\W+/g, '-')}.yaml`, definition(ref));
    for (const format of ['stylish', 'json']) {
      const r = assertBounded(await runBounded(['lint', file, '--format', format]), 1);
      assert.doesNotMatch(r.stdout + r.stderr, new RegExp(SECRET));
      if (format === 'json') {
        const findings = JSON.parse(r.stdout) as Array<{
          code: string;
          message: string;
          range: { start: { line: number; character: number } };
        }>;
        const refused = findings.filter((f) => f.code === 'apigw-ref-outside-root');
        assert.equal(refused.length, 1, r.stdout);
        assert.ok(
          refused[0]!.message.startsWith(`$ref '${ref}' is not followed: it leads outside the project root`),
          refused[0]!.message,
        );
        assert.deepEqual(refused[0]!.range.start, { line: 10, character: 29 });
      }
    }
  });
}

test("confinement: --root and apigw.yaml's folder widen the root; the definition then loads", async () => {
  const file = write('shared.yaml', definition('../shared/pet.yaml'));
  mkdirSync(join(project, 'shared'), { recursive: true });
  writeFileSync(join(project, 'shared', 'pet.yaml'), 'type: string\n');
  const refused = assertBounded(await runBounded(['validate', file, '--format', 'json'], { cwd: base }), 1);
  assert.match(refused.stdout, /apigw-ref-outside-root/);
  assertBounded(await runBounded(['validate', file, '--root', project], { cwd: base }), 0);
  writeFileSync(join(project, 'apigw.yaml'), 'spec: api/shared.yaml\n');
  assertBounded(await runBounded(['validate'], { cwd: project }), 0);
});

/** The apigw-ref-dangling findings of `lint --format json` (exit 1: the rest of the definition is still checked). */
async function danglingFindings(args: string[], options: { killAfterMs?: number } = {}) {
  const r = assertBounded(await runBounded([...args, '--format', 'json'], options), 1);
  const findings = JSON.parse(r.stdout) as Array<{
    code: string;
    message: string;
    range: { start: { line: number; character: number } };
  }>;
  return findings.filter((f) => f.code === 'apigw-ref-dangling');
}

// lint and validate report a $ref they cannot read as an error finding at the $ref and check the
// rest; diff and deploy cannot go on without its target and stop (exit 2) with the same place.
test('confinement: devices and FIFOs are never read, even inside the root', async () => {
  // With the root widened to /, /dev/zero and /dev/stdin are inside it: still refused unread.
  for (const device of ['/dev/zero', '/dev/stdin']) {
    const name = `device-${device.slice(5)}.yaml`;
    const file = write(name, definition(device));
    for (const command of ['lint', 'validate']) {
      const [finding, ...more] = await danglingFindings([command, file, '--root', '/'], { killAfterMs: 10_000 });
      assert.equal(more.length, 0);
      assert.deepEqual(finding!.range.start, { line: 10, character: 29 });
      assert.match(
        finding!.message,
        new RegExp(
          `^\\$ref '${device}' cannot be resolved \\(${device}: not a regular file \\(a device, FIFO or socket\\): apigw reads only regular files\\)`,
        ),
      );
    }
    const r = assertBounded(await runBounded(['diff', file, file, '--root', '/'], { killAfterMs: 10_000 }), 2);
    assert.match(
      r.stderr,
      new RegExp(
        `^apigw: .*${name.replace('.', '\\.')}:11:30: \\$ref '${device}' cannot be resolved \\(${device}: not a regular file \\(a device, FIFO or socket\\): apigw reads only regular files\\)\\n$`,
      ),
    );
  }
  execFileSync('mkfifo', [join(project, 'api', 'pipe.yaml')]);
  const fifo = write('fifo.yaml', definition('pipe.yaml'));
  const [finding] = await danglingFindings(['lint', fifo], { killAfterMs: 10_000 });
  assert.match(finding!.message, /^\$ref 'pipe\.yaml' cannot be resolved \(.*pipe\.yaml: not a regular file/);
  const r = assertBounded(await runBounded(['diff', fifo, fifo], { killAfterMs: 10_000 }), 2);
  assert.match(r.stderr, /fifo\.yaml:11:30: \$ref 'pipe\.yaml' .*pipe\.yaml: not a regular file/);
});

test('confinement: the byte limit counts bytes read; --max-file-size raises it', async () => {
  write('big.yaml', `type: string\ndescription: "${'x'.repeat(2 * 1024 * 1024)}"\n`);
  const file = write('uses-big.yaml', definition('big.yaml'));
  const tooBig = /big\.yaml: file is (over 1\.0 MB|2\.0 MB), larger than the 1\.0 MB apigw reads/;
  const [finding] = await danglingFindings(['validate', file, '--max-file-size', '1']);
  assert.deepEqual(finding!.range.start, { line: 10, character: 29 });
  assert.match(finding!.message, tooBig);
  const r = assertBounded(await runBounded(['diff', file, file, '--max-file-size', '1']), 2);
  assert.match(r.stderr, /uses-big\.yaml:11:30: \$ref 'big\.yaml' /);
  assert.match(r.stderr, tooBig);
  assertBounded(await runBounded(['validate', file, '--max-file-size', '3']), 0);
  assertBounded(await runBounded(['diff', file, file, '--max-file-size', '3']), 0);
});

test('confinement: remote $refs are reported, never fetched', async () => {
  const file = write('remote.yaml', definition('http://169.254.169.254/latest/meta-data'));
  const r = assertBounded(await runBounded(['lint', file, '--format', 'json']), 0);
  assert.match(r.stdout, /"code": ?"apigw-ref-remote"/);
});

test('confinement: diff --format markdown (a PR comment) refuses a ref outside the root, content unread', async () => {
  const before = write(
    'before.yaml',
    definition('#/components/schemas/S').replace(/\n$/, '\ncomponents: {schemas: {S: {type: string}}}\n'),
  );
  const after = write('after.yaml', definition('../../outside/secret.yaml'));
  const r = assertBounded(await runBounded(['diff', before, after, '--format', 'markdown']), 2);
  assert.match(
    r.stderr,
    /^apigw: .*after\.yaml:11:30: \$ref '\.\.\/\.\.\/outside\/secret\.yaml' is not followed: it leads outside the project root/,
  );
  assert.doesNotMatch(r.stdout + r.stderr, new RegExp(SECRET));
});

test("confinement: git:REV:PATH resolves refs inside the revision's tree only; a ref to a folder is a positioned error", async () => {
  const repo = join(base, 'repo');
  mkdirSync(join(repo, 'schemas'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 't@example.com');
  git('config', 'user.name', 't');
  writeFileSync(join(repo, 'schemas', 'pet.yaml'), 'type: string\n');
  writeFileSync(join(repo, 'out.yaml'), definition(join(outside, 'secret.yaml')));
  writeFileSync(join(repo, 'up.yaml'), definition('../outside/secret.yaml'));
  writeFileSync(
    join(repo, 'folder.yaml'),
    definition('schemas').replace(/\n$/, '\ncomponents: {schemas: {Pet: {$ref: schemas/pet.yaml}}}\n'),
  );
  writeFileSync(join(repo, 'ok.yaml'), definition('schemas/pet.yaml'));
  git('add', '.');
  git('commit', '-qm', 'one');
  for (const name of ['out', 'up']) {
    const r = assertBounded(
      await runBounded(['diff', `git:HEAD:${name}.yaml`, 'ok.yaml', '--format', 'markdown'], { cwd: repo }),
      2,
    );
    assert.match(
      r.stderr,
      new RegExp(
        `^apigw: git:HEAD:${name}\\.yaml \\(${name}\\.yaml\\):11:30: \\$ref '.*' is not followed: it leads outside the project root \\(the tree of git:HEAD:${name}\\.yaml\\)`,
      ),
    );
    assert.doesNotMatch(r.stdout + r.stderr, new RegExp(SECRET));
  }
  const r = assertBounded(await runBounded(['diff', 'git:HEAD:folder.yaml', 'ok.yaml'], { cwd: repo }), 2);
  assert.match(r.stderr, /^apigw: git:HEAD:folder\.yaml \(folder\.yaml\):11:30: \$ref 'schemas' .*is a directory/);
  assertBounded(await runBounded(['diff', 'git:HEAD:ok.yaml', 'ok.yaml'], { cwd: repo }), 0);
});

test("confinement: a template's DefinitionUri and AWS::Include location stay inside the root too", async () => {
  const template = write(
    'template.yaml',
    [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Api:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      DefinitionUri: ../../outside/secret.yaml',
      '  Other:',
      '    Type: AWS::Serverless::Api',
      '    Properties:',
      '      StageName: prod',
      '      DefinitionBody:',
      "        Fn::Transform: {Name: AWS::Include, Parameters: {Location: '/etc/passwd'}}",
      '',
    ].join('\n'),
  );
  const r = assertBounded(await runBounded(['lint', template, '--format', 'json']), 1);
  assert.doesNotMatch(r.stdout + r.stderr, new RegExp(SECRET));
  assert.doesNotMatch(r.stdout + r.stderr, /root:x:0:0/);
  const refused = (JSON.parse(r.stdout) as Array<{ code: string; message: string; range: { start: { line: number } } }>)
    .filter((f) => f.code === 'apigw-ref-outside-root')
    .map((f) => [f.range.start.line, f.message.replace(/ \(\/.*$/, '')]);
  assert.deepEqual(refused, [
    [6, "Api (AWS::Serverless::Api): '../../outside/secret.yaml' is not read: it leads outside the project root"],
    [12, "Other (AWS::Serverless::Api): '/etc/passwd' is not read: it leads outside the project root"],
  ]);
  const diff = assertBounded(await runBounded(['diff', template, template]), 2);
  assert.match(
    diff.stderr,
    /^apigw: .*template\.yaml:7:\d+: Api \(AWS::Serverless::Api\): '\.\.\/\.\.\/outside\/secret\.yaml' is not read/,
  );
});

test('confinement: deploy honours the root and the read limits before any AWS call; --root and --max-file-size widen them', async () => {
  const file = write('deploy.yaml', definition('../../outside/secret.yaml'));
  // A closed port: a run that gets past loading the definition ends unreachable (exit 4), never pushes.
  const aws = ['--stage', 'dev', '--rest-api-id', 'a1b2c3', '--endpoint-url', 'http://127.0.0.1:9', '--yes'];
  const env = { AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1' };
  let r = assertBounded(await runBounded(['deploy', file, ...aws], { env }), 2);
  assert.match(
    r.stderr,
    /^apigw: .*deploy\.yaml:11:30: \$ref '\.\.\/\.\.\/outside\/secret\.yaml' is not followed: it leads outside the project root/,
  );
  assert.doesNotMatch(r.stdout + r.stderr, new RegExp(SECRET));
  r = await runBounded(['deploy', file, ...aws, '--no-lint', '--root', outside], { env });
  assert.equal(r.code, 4, r.stderr);
  assert.match(r.stderr, /unreachable at http:\/\/127\.0\.0\.1:9/);
  writeFileSync(join(outside, 'large.yaml'), `type: string\ndescription: "${'y'.repeat(2 * 1024 * 1024)}"\n`);
  const large = write('deploy-large.yaml', definition('../../outside/large.yaml'));
  r = assertBounded(await runBounded(['deploy', large, ...aws, '--root', outside, '--max-file-size', '1'], { env }), 2);
  assert.match(
    r.stderr,
    /deploy-large\.yaml:11:30: \$ref '\.\.\/\.\.\/outside\/large\.yaml' cannot be resolved \(.*large\.yaml: file is/,
  );
  r = await runBounded(['deploy', large, ...aws, '--no-lint', '--root', outside, '--max-file-size', '3'], { env });
  assert.equal(r.code, 4, r.stderr);
});
