import { Flags } from '@oclif/core';
import { awsCommandFlags } from '../cli/aws-flags.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Deployments extends BaseCommand {
  static override summary = "List an API's deployments, newest first, marking what a stage serves.";
  static override description =
    'REST APIs, and HTTP APIs whose stages do not auto-deploy (the API kind: apigw.yaml api.type, or looked up: REST first).';
  static override examples = [
    '<%= config.bin %> deployments --stage prod',
    '<%= config.bin %> deployments --rest-api-id a1b2c3 --json',
    '<%= config.bin %> deployments --api-id h1t2p3 --stage dev',
  ];
  static override flags = {
    ...awsCommandFlags,
    stage: Flags.string({ description: 'Mark the deployments this stage and its canary serve.' }),
    json: Flags.boolean({ description: 'Print JSON.' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Deployments);
    const { openAnyTarget } = await import('../deploy/http/target.js');
    const target = await openAnyTarget(flags);
    let rows;
    let id;
    if (target.kind === 'http') {
      const { listHttpDeployments, requireHttpStage } = await import('../deploy/http/deployments.js');
      const stage = flags.stage ? await requireHttpStage(target.session, target.apiId, flags.stage) : undefined;
      rows = await listHttpDeployments(target.session, target.apiId, stage);
      id = { apiId: target.apiId };
    } else {
      const { listDeployments } = await import('../deploy/rollback.js');
      const { requireStage } = await import('../deploy/canary.js');
      const stage = flags.stage ? await requireStage(target.session, target.restApiId, flags.stage) : undefined;
      rows = await listDeployments(target.session, target.restApiId, stage);
      id = { restApiId: target.restApiId };
    }
    if (flags.json) return this.write(`${JSON.stringify({ ...id, stage: flags.stage, deployments: rows }, null, 2)}\n`);
    const lines = rows.map((r) =>
      `${r.serving === 'stage' ? '*' : r.serving === 'canary' ? 'c' : ' '} ${r.id}  ${r.createdDate ?? ''}  ${r.description ?? ''}`.trimEnd(),
    );
    this.write(`${lines.length ? lines.join('\n') : '(no deployments)'}\n`);
  }
}
