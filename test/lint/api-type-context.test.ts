/**
 * The API type and endpoint type reach rules as options of each run, never as module state:
 * lintSpec through the library gives the same findings alone and with another run at once, and a
 * rule of one API type never reports on the other (through apigw lint and through plain Spectral).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Core from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { loadSpec } from '../../src/definition/load.js';
import { lintSpec } from '../../src/lint/index.js';
import { allRules } from '../../src/lint/registry.js';
import { ruleset, setFlavourOverride } from '../../rules/ruleset.js';
import { repoRoot } from '../support/cli.js';

const dir = resolve(repoRoot, 'test/fixtures/lint/api-types');
const REST = resolve(dir, 'rest.yaml');
const HTTP = resolve(dir, 'http.yaml');
const built = existsSync(resolve(repoRoot, 'dist/src/index.js')) ? false : 'not built (npm test builds first)';

type Brief = [code: string, line: number];
const brief = (findings: Array<{ code: string | number; range: { start: { line: number } } }>): Brief[] =>
  findings
    .map((f) => [String(f.code), f.range.start.line + 1] as Brief)
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));

const restAlone: Brief[] = [
  // validate's generic apigw-extension-flavour yields to the rule at the same line (one report each).
  ['apigw-cors-rest-extension-ignored', 7],
  ['apigw-integration-field-ignored', 22],
  ['apigw-integration-timeout-quota', 23],
  ['apigw-template-json-output', 25],
];
const httpAlone: Brief[] = [
  ['apigw-http-cors-config', 9],
  ['apigw-http-payload-format-version', 20],
  ['apigw-integration-timeout', 21],
  // line 22 is passthroughBehavior, which changes nothing on an HTTP API (no templates): not reported.
];

test(
  "import { loadSpec, lintSpec } from 'apigw': the same findings alone and with another run at once, either order",
  { skip: built },
  async () => {
    const apigw = await import('apigw' as string);
    const lint = async (file: string) => brief(await apigw.lintSpec(await apigw.loadSpec(file)));
    assert.deepEqual(await lint(REST), restAlone);
    assert.deepEqual(await lint(HTTP), httpAlone);
    for (let round = 0; round < 3; round++) {
      const [rest, http] = await Promise.all([lint(REST), lint(HTTP)]);
      assert.deepEqual([rest, http], [restAlone, httpAlone], `REST first, round ${round}`);
      const [http2, rest2] = await Promise.all([lint(HTTP), lint(REST)]);
      assert.deepEqual([rest2, http2], [restAlone, httpAlone], `HTTP first, round ${round}`);
    }
  },
);

test('the endpoint type of one run does not leak into another', async () => {
  const spec = await loadSpec(REST);
  const [edge, unknown] = await Promise.all([
    lintSpec(spec, { endpointType: 'EDGE', validate: false }),
    lintSpec(spec, { validate: false }),
  ]);
  assert.deepEqual(
    brief(edge).filter(([code]) => code.startsWith('apigw-integration-timeout')),
    [['apigw-integration-timeout', 23]],
  );
  assert.deepEqual(
    brief(unknown).filter(([code]) => code.startsWith('apigw-integration-timeout')),
    [['apigw-integration-timeout-quota', 23]],
  );
});

async function rulesOf(type: 'rest' | 'http'): Promise<Set<string>> {
  return new Set((await allRules()).filter((r) => r.flavour === type).map((r) => r.id));
}

for (const [type, other] of [
  ['rest', 'http'],
  ['http', 'rest'],
] as const) {
  test(`apigw lint: no ${other.toUpperCase()}-only rule reports on a ${type.toUpperCase()} API`, async () => {
    const [mine, theirs] = [await rulesOf(type), await rulesOf(other)];
    const codes = new Set<string>();
    // Both fixtures hold mistakes of both API types; each is linted as this type.
    for (const file of [REST, HTTP])
      for (const f of await lintSpec(await loadSpec(file, { apiType: type }))) codes.add(f.code);
    assert.deepEqual(
      [...codes].filter((c) => theirs.has(c)),
      [],
    );
    assert.ok(
      [...codes].some((c) => mine.has(c)),
      `a ${type} rule reports (the fixtures can catch a leak)`,
    );
  });

  test(`plain Spectral with the published ruleset: no ${other.toUpperCase()}-only rule reports on a detected ${type.toUpperCase()} API`, async () => {
    const [mine, theirs] = [await rulesOf(type), await rulesOf(other)];
    const file = type === 'rest' ? REST : HTTP;
    const spectral = new Core.Spectral();
    spectral.setRuleset(new Core.Ruleset({ extends: [[ruleset, 'all']] } as never));
    // Deprecated and without effect: detection decides for plain Spectral.
    setFlavourOverride(other);
    const results = await spectral.run(new Core.Document(readFileSync(file, 'utf8'), Parsers.Yaml, file));
    const codes = results.map((r) => String(r.code));
    assert.deepEqual(
      codes.filter((c) => theirs.has(c)),
      [],
    );
    assert.ok(
      codes.some((c) => mine.has(c)),
      `a ${type} rule reports`,
    );
    assert.deepEqual(
      codes.filter((c) => c === 'unrecognized-format'),
      [],
    );
  });
}

/** The API each resource of three-types.yaml belongs to. */
const TYPE_OF_RESOURCE: Record<string, 'rest' | 'http' | 'websocket'> = {
  RestApi: 'rest',
  HttpApi: 'http',
  HttpRoute: 'http',
  HttpIntegration: 'http',
  ChatApi: 'websocket',
  ChatRoute: 'websocket',
  ChatIntegration: 'websocket',
};

test('apigw lint of a template with a REST, an HTTP and a WebSocket API: each API is reported on only by rules of its type', async () => {
  const { lintFiles } = await import('../../src/lint/files.js');
  const apiTypes = new Map((await allRules()).map((r) => [r.id, r.apiTypes as string[]]));
  const { findings } = await lintFiles([resolve(dir, 'three-types.yaml')], { cwd: dir });
  const byType = (type: string) =>
    findings
      .filter((f) => TYPE_OF_RESOURCE[String(f.path[1])] === type)
      .map((f) => [f.code, f.range.start.line + 1] as Brief);
  // The same mistakes on each API; every rule that reports declares that API's type.
  assert.deepEqual(byType('rest'), [
    ['oas-schema', 17],
    ['apigw-integration-responses-required', 18],
    ['apigw-integration-field-ignored', 22],
    ['apigw-integration-timeout-quota', 23],
    ['apigw-template-context-variable', 25],
  ]);
  assert.deepEqual(byType('http'), [
    ['apigw-http-payload-format-version', 44],
    ['apigw-integration-timeout', 45],
  ]);
  assert.deepEqual(byType('websocket'), [
    ['apigw-ws-integration-timeout', 68],
    ['apigw-ws-context-variable', 70],
  ]);
  assert.deepEqual(
    findings
      .filter((f) => !apiTypes.get(f.code)?.includes(TYPE_OF_RESOURCE[String(f.path[1])] ?? '?'))
      .map((f) => `${f.code} on ${String(f.path[1])}`),
    [],
  );
});

test('the template engine gives a rule only the v2 APIs of its declared types (HTTP and WebSocket share resource types)', async () => {
  const { checkTemplate, templateRules } = await import('../../src/lint/template-rules/index.js');
  const { parseSource } = await import('../../src/definition/parse.js');
  const file = resolve(dir, 'three-types.yaml');
  const template = parseSource(file, readFileSync(file, 'utf8')).file;
  // Probe rules that report every v2 API they are given, without checking its type themselves.
  const probe = (id: string, apiTypes: Array<'rest' | 'http' | 'websocket'>) => ({
    id,
    category: 'structure' as const,
    severity: 'info' as const,
    description: 'probe',
    awsSource: 'https://docs.aws.amazon.com/apigateway/',
    apiTypes,
    check: (model: { v2Apis: Array<{ at: Array<string | number> }> }) =>
      model.v2Apis.map((api) => [api.at, 'seen'] as [Array<string | number>, string]),
  });
  const probes = [probe('probe-ws', ['websocket']), probe('probe-http', ['http']), probe('probe-rest', ['rest'])];
  templateRules.push(...(probes as never[]));
  try {
    const seen = checkTemplate(template)
      .filter((f) => f.code.startsWith('probe-'))
      .map((f) => [f.code, String(f.path[1])]);
    assert.deepEqual(seen, [
      ['probe-ws', 'ChatApi'],
      ['probe-http', 'HttpApi'],
    ]);
  } finally {
    templateRules.splice(templateRules.length - probes.length, probes.length);
  }
});
