/**
 * `git:REV:PATH` against a temporary git repository: the file and the files its relative `$ref`s
 * reach are read at the revision, not from the working tree.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'apigw test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'apigw test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  HOME: tmpdir(),
};

const definition = (extraPath = '') => `openapi: 3.0.1
info: { title: orders, version: '1' }
x-amazon-apigateway-request-validators:
  body: { validateRequestBody: true, validateRequestParameters: false }
paths:
  /orders:
    post:
      x-amazon-apigateway-request-validator: body
      requestBody:
        content:
          application/json:
            schema: { $ref: './schemas/order.yaml#/Order' }
      responses:
        '201': { description: created }
      x-amazon-apigateway-integration: { type: mock }
${extraPath}`;

describe('apigw diff git:REV:PATH', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: repo, env: { ...process.env, ...GIT_ENV }, stdio: 'pipe' });

  before(() => {
    repo = mkdtempSync(join(tmpdir(), 'apigw-diff-repo-'));
    mkdirSync(join(repo, 'api', 'schemas'), { recursive: true });
    writeFileSync(join(repo, 'api', 'openapi.yaml'), definition());
    writeFileSync(
      join(repo, 'api', 'schemas', 'order.yaml'),
      'Order:\n  type: object\n  properties:\n    id: { type: string }\n',
    );
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'v1');
    // Working tree: a new required property in the referenced schema, and a new route.
    writeFileSync(
      join(repo, 'api', 'schemas', 'order.yaml'),
      'Order:\n  type: object\n  required: [id]\n  properties:\n    id: { type: string }\n',
    );
    writeFileSync(
      join(repo, 'api', 'openapi.yaml'),
      definition(`  /health:
    get:
      responses: { '200': { description: ok } }
      x-amazon-apigateway-integration: { type: mock }
`),
    );
  });
  after(() => rmSync(repo, { recursive: true, force: true }));

  it('compares the committed file (with its $ref files at that revision) with the working tree', async () => {
    const r = await runCli(['diff', 'git:main:api/openapi.yaml', 'api/openapi.yaml', '--format', 'json'], {
      cwd: repo,
    });
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
    const changes = JSON.parse(r.stdout).changes.map((c: any) => [c.rule, c.scope, c.message]);
    assert.deepEqual(changes, [
      ['operation-added', 'GET /health', 'route added'],
      ['request-schema-changed-validated', 'POST /orders', 'request body application/json schema changed'],
    ]);
  });

  it('PATH is relative to the current folder, and two revisions compare', async () => {
    git('add', '.');
    git('commit', '-q', '-m', 'v2');
    const r = await runCli(['diff', 'git:HEAD~1:openapi.yaml', 'git:HEAD:openapi.yaml', '--fail-on', 'risky'], {
      cwd: join(repo, 'api'),
    });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^2 changes: 0 breaking, 1 risky, 1 safe$/m);
    const same = await runCli(['diff', 'git:HEAD:openapi.yaml', 'openapi.yaml'], { cwd: join(repo, 'api') });
    assert.match(same.stdout, /\nNo changes\.\n$/);
  });

  it('unknown revisions and missing files are bad input (exit 2)', async () => {
    const rev = await runCli(['diff', 'git:no-such-branch:api/openapi.yaml', 'api/openapi.yaml'], { cwd: repo });
    assert.equal(rev.code, 2);
    assert.equal(rev.stderr, "apigw: git:no-such-branch:api/openapi.yaml: unknown git revision 'no-such-branch'\n");
    const file = await runCli(['diff', 'git:HEAD~1:api/missing.yaml', 'api/openapi.yaml'], { cwd: repo });
    assert.equal(file.code, 2);
    assert.equal(file.stderr, 'apigw: git:HEAD~1:api/missing.yaml: api/missing.yaml does not exist at HEAD~1\n');
    const form = await runCli(['diff', 'git:openapi.yaml', 'api/openapi.yaml'], { cwd: repo });
    assert.equal(form.code, 2);
    assert.equal(form.stderr, "apigw: 'git:openapi.yaml': expected git:REV:PATH (e.g. git:origin/main:openapi.yaml)\n");
  });
});
