import { Flags } from '@oclif/core';
import { awsCommandFlags } from '../cli/aws-flags.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Deployments extends BaseCommand {
  static override summary = "List an API's deployments, newest first, marking what a stage serves.";
  static override examples = ['<%= config.bin %> deployments --stage prod', '<%= config.bin %> deployments --rest-api-id a1b2c3 --json'];
  static override flags = {
    ...awsCommandFlags,
    stage: Flags.string({ description: 'Mark the deployments this stage and its canary serve.' }),
    json: Flags.boolean({ description: 'Print JSON.' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Deployments);
    const { openTarget } = await import('../deploy/command-support.js');
    const { listDeployments } = await import('../deploy/rollback.js');
    const { requireStage } = await import('../deploy/canary.js');
    const target = await openTarget(flags);
    const stage = flags.stage ? await requireStage(target.session, target.restApiId, flags.stage) : undefined;
    const rows = await listDeployments(target.session, target.restApiId, stage);
    if (flags.json) return this.write(`${JSON.stringify({ restApiId: target.restApiId, stage: flags.stage, deployments: rows }, null, 2)}\n`);
    const lines = rows.map((r) => `${r.serving === 'stage' ? '*' : r.serving === 'canary' ? 'c' : ' '} ${r.id}  ${r.createdDate ?? ''}  ${r.description ?? ''}`.trimEnd());
    this.write(`${lines.length ? lines.join('\n') : '(no deployments)'}\n`);
  }
}
