/**
 * A YAML mistake in an event or case file is reported at the line and column the parser found
 * (the README's own event example once had `{id}` inside a flow mapping, and the error said only
 * "event file is not valid YAML/JSON").
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'apigw-yaml-errors-'));
  writeFileSync(join(dir, 't.vtl'), '$input.json("$")');
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("an event file with {id} inside a flow mapping: the parser's line and column", async () => {
  writeFileSync(
    join(dir, 'event.yaml'),
    'request: {method: POST, path: /pets/7, resourcePath: /pets/{id}, pathParameters: {id: "7"}}\n',
  );
  const r = await runCli(['test-template', '--template', 't.vtl', '--event', 'event.yaml'], { cwd: dir });
  assert.deepEqual(
    [r.code, r.stdout, r.stderr],
    [2, '', 'apigw: event.yaml:1:60: event file is not valid YAML/JSON: Unexpected flow-map-start at node end\n'],
  );
});

test("a case file with a broken flow sequence: the parser's line and column", async () => {
  mkdirSync(join(dir, 'cases'));
  writeFileSync(join(dir, 'cases', 'bad.case.yaml'), 'name: x\ntemplate: ../t.vtl\nexpect: {a: [}\n');
  const r = await runCli(['test-template', '--cases', 'cases'], { cwd: dir });
  // A case that cannot be read fails as a case (the others still run).
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /case not run: cases\/bad\.case\.yaml:3:14: case file is not valid YAML\/JSON: /);
});
