/** Pure logic of the HTTP API deploy: stage settings, plan lines, rollback choice, "not answered". */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { notAnswered } from '../../src/aws/unanswered.js';
import { ApigwError, ExitCode } from '../../src/core/errors.js';
import { change } from '../../src/diff/change.js';
import { previousForStage, stageOfDescription } from '../../src/deploy/http/deployments.js';
import { formatProvenance } from '../../src/deploy/provenance.js';
import { renderHttpPlan } from '../../src/deploy/http/plan.js';
import { stageUpdate, targetStage, undeclaredVariables } from '../../src/deploy/http/stage-settings.js';

describe('HTTP stage settings', () => {
  const current = {
    StageName: 'prod',
    AutoDeploy: false,
    DeploymentId: 'd1',
    StageVariables: { color: 'blue', legacy: 'x' },
    DefaultRouteSettings: { ThrottlingRateLimit: 10, DetailedMetricsEnabled: false },
    RouteSettings: { 'GET /pets': { ThrottlingBurstLimit: 5 } },
  };

  it('apigw.yaml and flags over the live stage: variables as strings, settings merged, auto-deploy kept unless declared', () => {
    const target = targetStage(
      'prod',
      {
        config: {
          variables: { retries: 3 as unknown as string },
          throttling: { rateLimit: 20 },
          routeSettings: { 'GET /pets': { throttling: { rateLimit: 1 } } },
        },
        variables: { color: 'green' },
      },
      current,
    );
    assert.deepEqual(target.StageVariables, { color: 'green', legacy: 'x', retries: '3' });
    assert.equal(target.AutoDeploy, false);
    assert.deepEqual(target.DefaultRouteSettings, { ThrottlingRateLimit: 20, DetailedMetricsEnabled: false });
    assert.deepEqual(target.RouteSettings, { 'GET /pets': { ThrottlingBurstLimit: 5, ThrottlingRateLimit: 1 } });
    assert.deepEqual(stageUpdate(current, target), {
      StageVariables: { color: 'green', retries: '3' },
      DefaultRouteSettings: { ThrottlingRateLimit: 20, DetailedMetricsEnabled: false },
      RouteSettings: { 'GET /pets': { ThrottlingBurstLimit: 5, ThrottlingRateLimit: 1 } },
    });
    assert.deepEqual(
      undeclaredVariables(current, { config: { variables: { retries: '3' } }, variables: { color: 'green' } }),
      ['legacy'],
    );
  });

  it('a new stage auto-deploys unless apigw.yaml says otherwise; an unchanged stage needs no UpdateStage', () => {
    assert.equal(targetStage('dev', { variables: {} }).AutoDeploy, true);
    assert.equal(targetStage('dev', { config: { autoDeploy: false }, variables: {} }).AutoDeploy, false);
    assert.deepEqual(stageUpdate(current, targetStage('prod', { variables: {} }, current)), {});
  });

  it('access log from apigw.yaml', () => {
    const t = targetStage('dev', {
      config: { accessLog: { destination: 'arn:aws:logs:us-east-1:1:log-group:a', format: '$context.requestId' } },
      variables: {},
    });
    assert.deepEqual(t.AccessLogSettings, {
      DestinationArn: 'arn:aws:logs:us-east-1:1:log-group:a',
      Format: '$context.requestId',
    });
  });
});

describe('HTTP plan lines', () => {
  it('marks routes, masks secret-looking variable values and counts unchanged routes', () => {
    const lines = renderHttpPlan({
      api: "HTTP API 'X' (abc)",
      stage: 'prod',
      changes: [
        change('operation-added', 'POST /pets', 'route added', ['operations', 'POST /pets']),
        change('integration-uri-changed', 'GET /pets', 'integration uri "a" → "b"', [
          'operations',
          'GET /pets',
          'integration',
          'uri',
        ]),
        change(
          'stage-variable-changed',
          'Stage prod',
          'variable dbPassword: "a" → "b"',
          ['stage', 'variables', 'dbPassword'],
          { before: 'hunter1', after: 'hunter2' },
        ),
      ],
      routeCount: 3,
      stageExists: true,
      autoDeploy: false,
      currentDeploymentId: 'd1',
      alsoReleased: [],
      undeclaredVariables: ['legacy'],
    });
    assert.deepEqual(lines, [
      "Plan for stage 'prod' of HTTP API 'X' (abc):",
      '  + POST /pets  route added (safe)',
      '  ~ GET /pets  integration uri "a" → "b" (risky)',
      '  ~ Stage prod  variable dbPassword: "****" → "****" (risky)',
      '  routes: 1 to add, 1 to change, 0 to remove, 1 unchanged',
      "  stage 'prod': deployment d1 -> new deployment",
      '  stage variables not in apigw.yaml (kept): legacy',
    ]);
  });
});

describe('HTTP deployments', () => {
  it('the stage of a deployment comes from its provenance tag, $default included', () => {
    assert.equal(
      stageOfDescription(formatProvenance({ stage: 'prod', body: 'sha256:00', run: '11' }, 'release 7')),
      'prod',
    );
    assert.equal(stageOfDescription(formatProvenance({ stage: '$default', body: 'sha256:00', run: '11' })), '$default');
    assert.equal(stageOfDescription('made by hand'), undefined);
  });

  it("previous for a stage skips other stages' deployments, keeps untagged ones", () => {
    const rows = [
      { id: 'd4', description: '[apigw stage=prod body=sha256:a run=1]' },
      { id: 'd3', description: '[apigw stage=dev body=sha256:b run=2]' },
      { id: 'd2', description: 'by the console' },
      { id: 'd1', description: '[apigw stage=prod body=sha256:c run=3]' },
    ];
    assert.equal(previousForStage(rows, 'prod', 'd4')?.id, 'd2');
    assert.equal(previousForStage(rows, 'dev', 'd3')?.id, 'd2');
    assert.equal(previousForStage(rows, 'prod', 'd1'), undefined);
    assert.equal(previousForStage(rows, 'prod', 'nope'), undefined);
  });
});

describe('notAnswered', () => {
  const sdk = (name: string, status: number, message = '') =>
    Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
  it('is an unparsable 404/405/500, a 501 or UnknownOperationException, also under an ApigwError', () => {
    assert.equal(notAnswered(sdk('SyntaxError', 404, "Unexpected token '<'")), true);
    assert.equal(
      notAnswered(new ApigwError('x', { exitCode: ExitCode.network, cause: sdk('SyntaxError', 500) })),
      true,
    );
    assert.equal(notAnswered(sdk('Error', 501)), true);
    assert.equal(notAnswered(sdk('UnknownOperationException', 400)), true);
  });
  it('is not an AWS error answer, a 502 page or a network error', () => {
    assert.equal(notAnswered(sdk('NotFoundException', 404)), false);
    assert.equal(notAnswered(sdk('SyntaxError', 502)), false);
    assert.equal(notAnswered(Object.assign(new Error('x'), { code: 'ECONNRESET' })), false);
    assert.equal(notAnswered(undefined), false);
  });
});
