/**
 * HTTP API calls moto does not answer (ImportApi, ExportApi, CreateDeployment, GetDeployments,
 * UpdateStage), at the wire: the CLI against test/deploy/http-stub.ts, asserting the exact requests
 * (API reference v2) and the stub's state afterwards, including lost answers and dropped connections.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { repoRoot, runCli } from '../support/cli.js';
import { emulatorEnv } from '../support/emulator.js';
import { startHttpStub, type HttpStub, type StubCall } from './http-stub.js';

const fixture = resolve(repoRoot, 'test/fixtures/deploy/http-explicit');
const TAG = /^\[apigw stage=prod body=sha256:[0-9a-f]{16} commit=[0-9a-f]{12} run=[0-9a-f]{8}\]$/;

describe('HTTP API deploy, diff, deployments and rollback at the wire', () => {
  let stub: HttpStub;
  before(async () => (stub = await startHttpStub()));
  after(async () => stub?.close());
  beforeEach(() => {
    stub.apis.clear();
    stub.calls.length = 0;
    stub.fault = undefined;
  });

  const cli = (args: string[]) =>
    runCli(args, { cwd: fixture, env: { ...emulatorEnv(stub.endpoint), AWS_MAX_ATTEMPTS: '2' } });
  const writes = () => stub.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`);
  const only = () => [...stub.apis.values()];

  async function first(): Promise<string> {
    const r = await cli(['deploy', '--stage', 'prod', '--create', '--json']);
    assert.equal(r.code, 0, r.stderr);
    return (JSON.parse(r.stdout) as { apiId: string }).apiId;
  }

  it('creates with ImportApi (basepath, failOnWarnings, the name as title), then CreateDeployment and CreateStage on it', async () => {
    const apiId = await first();
    const api = only()[0];
    assert.equal(api.apiId, apiId);
    assert.equal(api.name, 'pets-http');
    assert.deepEqual(writes(), ['PUT /v2/apis', `POST /v2/apis/${apiId}/deployments`, `POST /v2/apis/${apiId}/stages`]);
    const importCall = stub.calls.find((c) => c.method === 'PUT')!;
    assert.deepEqual(importCall.query, { basepath: 'prepend', failOnWarnings: 'true' });
    assert.equal(JSON.parse(importCall.body.body).info.title, 'pets-http');
    const dep = api.deployments[0];
    assert.match(dep.description!, TAG);
    assert.deepEqual(api.stages.get('prod'), {
      stageName: 'prod',
      autoDeploy: false,
      deploymentId: dep.deploymentId,
      stageVariables: { color: 'blue' },
      defaultRouteSettings: { throttlingRateLimit: 20 },
      routeSettings: {},
      accessLogSettings: undefined,
      description: undefined,
    });
  });

  it('updates with ReimportApi, then one UpdateStage that moves the stage and carries only the changed settings', async () => {
    const apiId = await first();
    stub.calls.length = 0;
    const r = await cli(['deploy', 'changed.yaml', '--stage', 'prod', '--stage-variable', 'color=green', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { deploymentId: string; previousDeploymentId: string };
    assert.deepEqual(writes(), [
      `PUT /v2/apis/${apiId}`,
      `POST /v2/apis/${apiId}/deployments`,
      `PATCH /v2/apis/${apiId}/stages/prod`,
    ]);
    const patch = stub.calls.find((c) => c.method === 'PATCH')!;
    assert.deepEqual(patch.body, { deploymentId: out.deploymentId, stageVariables: { color: 'green' } });
    assert.notEqual(out.previousDeploymentId, out.deploymentId);
    // ExportApi with the stage name: the stage serves the changed definition.
    const d = await cli(['diff', 'changed.yaml', `aws:${apiId}/prod`]);
    assert.equal(d.code, 0, d.stderr);
    assert.equal(d.stdout, `apigw diff changed.yaml → aws:${apiId}/prod\n\nNo changes.\n`);
    assert.equal(
      stub.calls.filter((c) => c.path === `/v2/apis/${apiId}/exports/OAS30`).at(-1)?.query.stageName,
      'prod',
    );
  });

  it('a redeploy of the same definition makes no new deployment; changed settings still go out in one UpdateStage', async () => {
    const apiId = await first();
    const served = stub.apis.get(apiId)!.stages.get('prod')!.deploymentId;
    stub.calls.length = 0;
    const same = await cli(['deploy', '--stage', 'prod']);
    assert.equal(same.code, 0, same.stderr);
    assert.match(
      same.stdout,
      new RegExp(`stage 'prod': deployment ${served} was made from this same definition: no new deployment\n`),
    );
    assert.deepEqual(writes(), [`PUT /v2/apis/${apiId}`]);
    stub.calls.length = 0;
    const vars = await cli(['deploy', '--stage', 'prod', '--stage-variable', 'color=red']);
    assert.equal(vars.code, 0, vars.stderr);
    assert.deepEqual(writes(), [`PUT /v2/apis/${apiId}`, `PATCH /v2/apis/${apiId}/stages/prod`]);
    assert.deepEqual(stub.calls.find((c) => c.method === 'PATCH')!.body, { stageVariables: { color: 'red' } });
    assert.equal(stub.apis.get(apiId)!.deployments.length, 1);
    assert.equal(stub.apis.get(apiId)!.stages.get('prod')!.deploymentId, served);
  });

  it('stage against stage: dev still serves the first definition', async () => {
    const apiId = await first();
    assert.equal((await cli(['deploy', '--stage', 'dev'])).code, 0);
    assert.equal((await cli(['deploy', 'changed.yaml', '--stage', 'prod'])).code, 0);
    const d = await cli(['diff', 'aws:pets-http/dev', 'aws:pets-http/prod', '--format', 'json']);
    assert.equal(d.code, 0, d.stderr);
    const changes = (JSON.parse(d.stdout) as { changes: { rule: string; scope: string; message: string }[] }).changes;
    const api = stub.apis.get(apiId)!;
    const [, dev, prod2] = api.deployments.map((x) => x.deploymentId);
    assert.deepEqual(
      changes.map((c) => [c.rule, c.scope, c.message]),
      [
        ['operation-added', 'POST /pets/{petId}/photos', 'route added'],
        ['stage-deployment-changed', 'Stage dev → prod', `deployment "${dev}" → "${prod2}"`],
        ['stage-variable-added', 'Stage dev → prod', 'variable color: (none) → "blue"'],
        ['stage-throttling-lowered', 'Stage dev → prod', 'stage default throttling rateLimit (none) → 20'],
      ],
    );
    assert.ok(apiId);
  });

  it('a lost ImportApi answer is not retried: the API is found by its name and used', async () => {
    stub.fault = (c: StubCall) => (c.method === 'PUT' && c.path === '/v2/apis' ? 'drop-after' : undefined);
    const r = await cli(['deploy', '--stage', 'prod', '--create', '--json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(only().length, 1);
    assert.equal(stub.calls.filter((c) => c.method === 'PUT' && c.path === '/v2/apis').length, 1);
    assert.equal((JSON.parse(r.stdout) as { apiId: string }).apiId, only()[0].apiId);
  });

  it('a lost CreateDeployment answer is not retried: the deployment is found by its description', async () => {
    const apiId = await first();
    stub.fault = (c: StubCall) => (c.method === 'POST' && c.path.endsWith('/deployments') ? 'drop-after' : undefined);
    const r = await cli(['deploy', 'changed.yaml', '--stage', 'prod', '--json']);
    assert.equal(r.code, 0, r.stderr);
    const api = stub.apis.get(apiId)!;
    assert.equal(api.deployments.length, 2);
    assert.equal(api.stages.get('prod')!.deploymentId, api.deployments[1].deploymentId);
  });

  it('a dropped UpdateStage after AWS applied it reports what the stage serves as read afterwards', async () => {
    const apiId = await first();
    stub.fault = (c: StubCall) => (c.method === 'PATCH' && c.path.endsWith('/stages/prod') ? 'drop-after' : undefined);
    const r = await cli(['deploy', 'changed.yaml', '--stage', 'prod']);
    assert.equal(r.code, 4, r.stderr);
    const now = stub.apis.get(apiId)!.stages.get('prod')!.deploymentId;
    assert.match(r.stderr, new RegExp(`stage 'prod' serves deployment ${now} \\(read after the failure\\)\\]\\n$`));
    assert.equal(now, stub.apis.get(apiId)!.deployments[1].deploymentId);
  });

  it("deployments lists newest first; rollback returns prod to its own previous deployment, not dev's", async () => {
    const apiId = await first();
    assert.equal((await cli(['deploy', 'changed.yaml', '--stage', 'prod'])).code, 0);
    assert.equal((await cli(['deploy', '--stage', 'dev'])).code, 0);
    const [p1, p2, d1] = stub.apis.get(apiId)!.deployments.map((d) => d.deploymentId);
    const list = await cli(['deployments', '--stage', 'prod', '--json']);
    assert.equal(list.code, 0, list.stderr);
    const rows = JSON.parse(list.stdout) as { apiId: string; deployments: { id: string; serving?: string }[] };
    assert.equal(rows.apiId, apiId);
    assert.deepEqual(
      rows.deployments.map((x) => [x.id, x.serving]),
      [
        [d1, undefined],
        [p2, 'stage'],
        [p1, undefined],
      ],
    );
    const back = await cli(['rollback', '--stage', 'prod']);
    assert.equal(back.code, 0, back.stderr);
    assert.equal(back.stdout, `Stage 'prod' now serves ${p1} (was ${p2}).\n`);
    assert.equal(stub.apis.get(apiId)!.stages.get('prod')!.deploymentId, p1);
    const cross = await cli(['rollback', '--stage', 'prod', '--to', d1]);
    assert.equal(cross.code, 0, cross.stderr);
    assert.match(cross.stderr, new RegExp(`apigw: warning: deployment ${d1} was made for stage 'dev', not 'prod'\\n`));
  });

  it('refuses an import that another auto-deploy stage would release, and rolls back no auto-deploy stage', async () => {
    const apiId = await first();
    stub.apis
      .get(apiId)!
      .stages.set('$default', { stageName: '$default', autoDeploy: true, stageVariables: {}, routeSettings: {} });
    stub.calls.length = 0;
    const r = await cli(['deploy', 'changed.yaml', '--stage', 'prod']);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /also released at once \(auto-deploy on\): stage '\$default'/);
    assert.match(r.stderr, /apigw: the import would also be released to stage '\$default' \(auto-deploy on\)/);
    assert.deepEqual(writes(), []);
    const back = await cli(['rollback', '--stage', '$default']);
    assert.equal(back.code, 2);
    assert.match(back.stderr, /stage '\$default' auto-deploys: it always serves the API's latest state/);
  });
});
