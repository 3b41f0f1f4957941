/**
 * The canary lifecycle against LocalStack 4.13.1 (which keeps canary settings; moto does not),
 * through the real SDK. After each step the stage is read back with GetStage and compared with
 * the state the API Gateway documentation describes (reference §6.2-6.3; DG canary-release pages):
 *   deploy --canary 10   stage keeps its deployment; canarySettings {deploymentId: new, 10 %, overrides}
 *   canary set 25        only percentTraffic changes
 *   canary promote       the stage serves the canary's deployment, overrides become stage variables,
 *                        no canary left
 *   deploy --canary 5    a new canary on the promoted stage
 *   canary rollback      the canary is gone; the stage keeps serving what it served
 * What LocalStack gets wrong stays tested at the wire (canary-wire.test.ts; docs/deploy.md).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as sdk from '@aws-sdk/client-api-gateway';
import { repoRoot, runCli } from '../support/cli.js';
import { emulatorEnv } from '../support/emulator.js';
import { localstackSkipReason, startLocalStack, type LocalStack } from '../support/localstack.js';

const skip = localstackSkipReason();

describe('canary lifecycle against LocalStack', { skip }, () => {
  let ls: LocalStack;
  let client: sdk.APIGatewayClient;
  let dir: string;
  let apiId: string;
  before(async () => {
    ls = await startLocalStack();
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
    client = new sdk.APIGatewayClient({
      endpoint: ls.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    });
    dir = mkdtempSync(join(tmpdir(), 'apigw-ls-'));
    cpSync(resolve(repoRoot, 'test/fixtures/deploy/pets'), dir, { recursive: true });
  });
  after(async () => ls?.stop());

  const cli = (args: string[]) => runCli(args, { cwd: dir, env: emulatorEnv(ls.endpoint), timeoutMs: 90_000 });
  const stage = async () => {
    const {
      $metadata: _m,
      createdDate: _c,
      lastUpdatedDate: _l,
      methodSettings: _s,
      cacheClusterStatus: _cs,
      description,
      ...rest
    } = await client.send(new sdk.GetStageCommand({ restApiId: apiId, stageName: 'prod' }));
    // LocalStack answers description "" where AWS leaves it out.
    return description ? { ...rest, description } : rest;
  };
  const ok = async (args: string[]) => {
    const r = await cli([...args, '--json']);
    assert.equal(r.code, 0, r.stderr);
    return JSON.parse(r.stdout);
  };
  const base = { stageName: 'prod', cacheClusterEnabled: false, tracingEnabled: true };

  it('deploy --canary 10 -> canary set 25 -> promote -> another canary -> canary rollback, each leaving the documented stage', async () => {
    const first = await ok(['deploy', '--stage', 'prod', '--create']);
    apiId = first.restApiId;
    const d1 = first.deploymentId;
    assert.deepEqual(await stage(), { ...base, deploymentId: d1, variables: { color: 'blue' } });
    // diff reads the stage's own export (LocalStack needs extensions=apigateway alone), not the working copy.
    const diff = await cli(['diff', 'aws:pets-deploy', 'aws:pets-deploy/prod']);
    assert.equal(
      diff.stdout,
      "apigw diff aws:pets-deploy → aws:pets-deploy/prod\nnote: stage prod is up to date with the API's working state\n\nNo changes.\n",
      diff.stderr,
    );

    const canary = await ok([
      'deploy',
      '--stage',
      'prod',
      '--canary',
      '10',
      '--canary-stage-variable',
      'color=green',
      '--var',
      'backendHost=v2.example.com',
    ]);
    const d2 = canary.deploymentId;
    assert.notEqual(d2, d1);
    assert.deepEqual(await stage(), {
      ...base,
      deploymentId: d1,
      variables: { color: 'blue' },
      canarySettings: {
        deploymentId: d2,
        percentTraffic: 10,
        stageVariableOverrides: { color: 'green' },
        useStageCache: false,
      },
    });

    await ok(['canary', 'set', '--stage', 'prod', '--percent', '25']);
    assert.deepEqual(await stage(), {
      ...base,
      deploymentId: d1,
      variables: { color: 'blue' },
      canarySettings: {
        deploymentId: d2,
        percentTraffic: 25,
        stageVariableOverrides: { color: 'green' },
        useStageCache: false,
      },
    });

    await ok(['canary', 'promote', '--stage', 'prod']);
    assert.deepEqual(await stage(), { ...base, deploymentId: d2, variables: { color: 'green' } });

    const again = await ok(['deploy', '--stage', 'prod', '--canary', '5', '--var', 'backendHost=v3.example.com']);
    const d3 = again.deploymentId;
    assert.deepEqual(await stage(), {
      ...base,
      deploymentId: d2,
      variables: { color: 'green' },
      canarySettings: { deploymentId: d3, percentTraffic: 5, stageVariableOverrides: {}, useStageCache: false },
    });

    await ok(['canary', 'rollback', '--stage', 'prod']);
    assert.deepEqual(await stage(), { ...base, deploymentId: d2, variables: { color: 'green' } });
  });

  it('apigw.yaml stages.prod.canary makes deploy a canary; --no-canary deploys to the whole stage', async () => {
    const yaml = `spec: openapi.yaml
api:
  name: pets-deploy
vars:
  backendHost: backend.example.com
stages:
  prod:
    variables: { color: green }
    tracing: true
    throttling: { rateLimit: 50, burstLimit: 100 }
    canary: { percent: 20, variables: { color: red } }
`;
    writeFileSync(join(dir, 'apigw.yaml'), yaml);
    const before = (await stage()).deploymentId;
    const r = await ok(['deploy', '--stage', 'prod', '--var', 'backendHost=v4.example.com']);
    assert.match(
      r.plan.join('\n'),
      /canary: 20% of traffic to the new deployment; the stage keeps serving \w+; overrides color=red/,
    );
    const s = await stage();
    assert.equal(s.deploymentId, before);
    assert.deepEqual(s.canarySettings, {
      deploymentId: r.deploymentId,
      percentTraffic: 20,
      stageVariableOverrides: { color: 'red' },
      useStageCache: false,
    });
    await ok(['canary', 'rollback', '--stage', 'prod']);
    const full = await ok(['deploy', '--stage', 'prod', '--no-canary', '--var', 'backendHost=v4.example.com']);
    assert.deepEqual(await stage(), { ...base, deploymentId: full.deploymentId, variables: { color: 'green' } });
  });
});
