import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'apigw-validate-cli-'));
function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

test('the bundled examples validate clean (exit 0) and say which flavour was detected', async () => {
  const rest = await runCli(['validate', 'examples/rest-api/openapi.yaml']);
  assert.equal(rest.code, 0, rest.stdout + rest.stderr);
  assert.match(
    rest.stderr,
    /examples\/rest-api\/openapi\.yaml: REST API \(detected: root has x-amazon-apigateway-gateway-responses, root has x-amazon-apigateway-request-validators, root has x-amazon-apigateway-request-validator and 6 more \(REST APIs only\)\), OpenAPI 3\.0\.1/,
  );
  const http = await runCli(['validate', 'examples/http-api/openapi.yaml']);
  assert.equal(http.code, 0, http.stdout + http.stderr);
  assert.match(
    http.stderr,
    /HTTP API \(detected: root has x-amazon-apigateway-cors, root has x-amazon-apigateway-importexport-version, components has x-amazon-apigateway-integrations and 3 more \(HTTP APIs only\)\)/,
  );
  const forced = await runCli(['validate', 'examples/rest-api/openapi.yaml', '--api-type', 'rest']);
  assert.match(forced.stderr, /REST API \(set by --api-type/);
});

test('bad input: one line naming the file and place, exit 2, no stack trace', async () => {
  const big = join(dir, 'huge.yaml');
  const fd = openSync(big, 'w');
  ftruncateSync(fd, 100 * 1024 * 1024);
  closeSync(fd);
  const cases: [string, RegExp][] = [
    [join(dir, 'missing.yaml'), /^apigw: .*missing\.yaml: file not found\n$/],
    [dir, /^apigw: .*: is a directory, expected an OpenAPI file\n$/],
    [write('empty.yaml', ''), /^apigw: .*empty\.yaml: file is empty\n$/],
    [
      write('broken.yaml', 'openapi: 3.0.1\npaths:\n  /a: [1, 2\n  b: c\n'),
      /^apigw: .*broken\.yaml:4:\d+: invalid YAML: .+\n$/,
    ],
    [
      write('broken.json', '{\n  "openapi": "3.0.1",\n  "paths": {,}\n}\n'),
      /^apigw: .*broken\.json:3:\d+: invalid JSON: .+\n$/,
    ],
    [
      write('binary.yaml', 'openapi\u0000\u0001\u0002'),
      /^apigw: .*binary\.yaml: not a text file \(binary content\)\n$/,
    ],
    [
      big,
      /^apigw: .*huge\.yaml: file is 100\.0 MB, larger than the 50\.0 MB apigw reads \(API Gateway imports at most 6 MB; raise the limit with --max-file-size\)\n$/,
    ],
    [
      write(
        'circular.yaml',
        'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: "#/components/schemas/B"}\n    B: {$ref: "#/components/schemas/A"}\n',
      ),
      /^apigw: .*circular\.yaml:\d+:\d+: circular \$ref: .+\n$/,
    ],
    [
      write('cfn.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'),
      /^apigw: .*cfn\.yaml:1:1: not an OpenAPI or Swagger document: no 'openapi' or 'swagger' field at the top level\n$/,
    ],
  ];
  for (const [file, expected] of cases) {
    const result = await runCli(['validate', file]);
    assert.equal(result.code, 2, `${file}: ${result.stderr}`);
    assert.match(result.stderr, expected);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  }
});

test('a dangling $ref is an error finding (exit 1), and the rest is still checked', async () => {
  const file = write(
    'dangling.yaml',
    'openapi: 3.0.1\ninfo: {title: t, version: "1"}\npaths:\n  /a:\n    $ref: "#/x/missing"\n',
  );
  const result = await runCli(['validate', file, '-f', 'json']);
  assert.equal(result.code, 1, result.stderr);
  const findings = JSON.parse(result.stdout) as Array<{
    code: string;
    severity: number;
    range: { start: { line: number } };
  }>;
  assert.deepEqual(
    findings.map((f) => [f.code, f.severity, f.range.start.line + 1]),
    [['apigw-ref-dangling', 0, 5]],
  );
});

test('--debug adds the stack trace for bug reports', async () => {
  const result = await runCli(['validate', join(dir, 'nope.yaml'), '--debug']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /file not found/);
});

test('usage errors exit 2 with one line', async () => {
  const result = await runCli(['validate', 'examples/rest-api/openapi.yaml', '--format', 'xml']);
  assert.equal(result.code, 2);
  assert.match(
    result.stderr,
    /^apigw: Expected --format=xml to be one of: stylish, json, sarif, junit, github\nSee 'apigw --help'\.\n$/,
  );
  const unknown = await runCli(['frobnicate']);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /^apigw: 'frobnicate' is not an apigw command\n/);
});

test('a SAM/CloudFormation definition with intrinsics validates and lints without false errors', async () => {
  for (const command of ['validate', 'lint']) {
    const result = await runCli([command, 'test/fixtures/spec/sam-intrinsics.yaml', '--format', 'json']);
    assert.equal(result.code, 0, `${command}: ${result.stderr}`);
    assert.deepEqual(JSON.parse(result.stdout), [], command);
  }
});
