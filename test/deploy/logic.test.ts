import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { stageSettingOps, methodSettingPrefix } from '../../src/deploy/stage-settings.js';
import { substitutePlaceholders, parseAssignments } from '../../src/deploy/placeholders.js';
import { previousDeployment } from '../../src/deploy/rollback.js';
import { percentValue } from '../../src/deploy/canary.js';

describe('stage settings → UpdateStage patch operations (API_UpdateStage, API_MethodSetting)', () => {
  it('emits string values, ~1-escaped resource paths, and nothing for settings already live', () => {
    const ops = stageSettingOps(
      {
        config: {
          variables: { a: '1', b: '2' },
          tracing: true,
          caching: { enabled: true, size: '0.5', ttl: 60 },
          methodSettings: { '/pets/{id}/get': { logging: 'INFO', metrics: true } },
        },
        variables: { b: '3' },
      },
      { variables: { a: '1' }, tracingEnabled: false, cacheClusterEnabled: false },
    );
    assert.deepEqual(ops, [
      { op: 'replace', path: '/variables/b', value: '3' },
      { op: 'replace', path: '/tracingEnabled', value: 'true' },
      { op: 'replace', path: '/cacheClusterEnabled', value: 'true' },
      { op: 'replace', path: '/cacheClusterSize', value: '0.5' },
      { op: 'replace', path: '/*/*/caching/ttlInSeconds', value: '60' },
      { op: 'replace', path: '/~1pets~1{id}/GET/logging/loglevel', value: 'INFO' },
      { op: 'replace', path: '/~1pets~1{id}/GET/metrics/enabled', value: 'true' },
    ]);
    assert.deepEqual(
      stageSettingOps(
        { config: { throttling: { rateLimit: 10 } } },
        { methodSettings: { '*/*': { throttlingRateLimit: 10 } } },
      ),
      [],
    );
    assert.equal(methodSettingPrefix('*/*'), '/*/*');
  });
});

describe('placeholders', () => {
  it('fills ${name}, ${var.name} and ${AWS::Region}; leaves stageVariables, VTL templates and unset importer variables alone', () => {
    const doc = {
      a: 'https://${host}/${var.host}/${stageVariables.x}',
      b: 'arn:aws:apigateway:${AWS::Region}:lambda:path/${AWS::AccountId}',
      requestTemplates: { 'application/json': '${input.body}' },
    };
    const out = substitutePlaceholders(doc, { host: 'h', 'AWS::Region': 'eu-west-1' });
    assert.deepEqual(out.document, {
      a: 'https://h/h/${stageVariables.x}',
      b: 'arn:aws:apigateway:eu-west-1:lambda:path/${AWS::AccountId}',
      requestTemplates: { 'application/json': '${input.body}' },
    });
    assert.deepEqual(out.used, ['AWS::Region', 'host', 'var.host']);
    assert.deepEqual(out.unresolved, []);
  });

  it('reports unresolved names and leftover intrinsics with their paths', () => {
    const out = substitutePlaceholders({ x: ['${Missing}'], y: { 'Fn::GetAtt': ['Fn', 'Arn'] } }, {});
    assert.deepEqual(out.unresolved, [
      { name: 'Missing', path: ['x', 0] },
      { name: 'Fn::GetAtt', path: ['y'] },
    ]);
  });

  it('parses NAME=value and refuses anything else', () => {
    assert.deepEqual(parseAssignments(['a=1', 'b=x=y', 'c='], '--var'), { a: '1', b: 'x=y', c: '' });
    assert.throws(() => parseAssignments(['=1'], '--var'), {
      message: "--var expects NAME=value, got '=1'",
      exitCode: 2,
    });
  });
});

describe('rollback target and canary values', () => {
  it("previous = the stage's own earlier deployment with another body: never another stage's, never a twin", () => {
    const row = (id: string, stage: string, body: string) => ({ id, provenance: { stage, body } });
    // Newest first: prod's twin (retried CreateDeployment), qa's build in between, prod's own before.
    const rows = [
      row('p3b', 'prod', 'sha256:3'),
      row('p3a', 'prod', 'sha256:3'),
      row('q2', 'qa', 'sha256:2'),
      row('d2', 'dev', 'sha256:2'),
      row('p1', 'prod', 'sha256:1'),
      { id: 'old' },
    ];
    assert.equal(previousDeployment(rows, 'prod', 'p3b')?.id, 'p1');
    assert.equal(previousDeployment(rows, 'prod', 'p3a')?.id, 'p1');
    assert.equal(previousDeployment(rows, 'qa', 'q2'), undefined);
    assert.equal(previousDeployment(rows, 'prod', 'p1'), undefined);
    // A stage serving something apigw did not make for it has no known history.
    assert.equal(previousDeployment(rows, 'prod', 'q2'), undefined);
    assert.equal(previousDeployment(rows, 'prod', 'old'), undefined);
  });
  it('percentages are written the way the docs show them ("10.0", "10.5")', () => {
    assert.equal(percentValue(10), '10.0');
    assert.equal(percentValue(10.5), '10.5');
    assert.equal(percentValue(0), '0.0');
  });
});
