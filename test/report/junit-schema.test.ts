/**
 * lint's and test-template's JUnit reports both satisfy Jenkins' JUnit schema (the rules in
 * test/support/junit-schema.ts): the same schema for every JUnit apigw writes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';
import { junitViolations } from '../support/junit-schema.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'apigw-junit-'));
  cpSync(resolve(repoRoot, 'examples'), dir, { recursive: true });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the checker catches what Jenkins rejects', () => {
  assert.deepEqual(
    junitViolations(
      '<testsuites><testsuite name="a" tests="1" failures="0"><testcase name="x" file="a.yaml"/></testsuite></testsuites>',
    ),
    ['<testsuite> lacks required attribute errors', '<testcase> does not allow attribute file'],
  );
});

test('lint --format junit (clean and failing files) satisfies the schema', async () => {
  const file = join(dir, 'rest-api/openapi.yaml');
  writeFileSync(
    join(dir, 'rest-api/bad.yaml'),
    readFileSync(file, 'utf8').replace('timeoutInMillis: 10000', 'timeoutInMillis: 10'),
  );
  const r = await runCli(['lint', 'openapi.yaml', 'bad.yaml', '--format', 'junit'], { cwd: join(dir, 'rest-api') });
  assert.equal(r.code, 1, r.stderr);
  assert.deepEqual(junitViolations(r.stdout), []);
});

test('test-template --cases --format junit (passing and failing cases) satisfies the schema', async () => {
  const cases = join(dir, 'template-cases');
  // --root: the copy has no .git or apigw.yaml above the cases to mark the project.
  const ok = await runCli(['test-template', '--cases', cases, '--root', dir, '--format', 'junit']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.deepEqual(junitViolations(ok.stdout), []);
  const stale = join(cases, 'list-pets-request.case.yaml');
  writeFileSync(stale, readFileSync(stale, 'utf8').replace('type: dog', 'type: cat'));
  const failing = await runCli(['test-template', '--cases', cases, '--root', dir, '--format', 'junit']);
  assert.equal(failing.code, 1, failing.stderr);
  assert.match(failing.stdout, /<failure /);
  assert.deepEqual(junitViolations(failing.stdout), []);
});
