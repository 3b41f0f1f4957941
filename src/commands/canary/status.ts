import { Flags } from '@oclif/core';
import { awsCommandFlags } from '../../cli/aws-flags.js';
import { BaseCommand } from '../../cli/base-command.js';

export default class CanaryStatus extends BaseCommand {
  static override summary = "Show a stage's deployment, its canary's deployment, traffic split and overrides.";
  static override examples = ['<%= config.bin %> canary status --stage prod'];
  static override flags = {
    ...awsCommandFlags,
    stage: Flags.string({ description: 'Stage.', required: true }),
    json: Flags.boolean({ description: 'Print JSON.' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(CanaryStatus);
    const { openCanaryTarget } = await import('../../deploy/http/target.js');
    const { requireStage, statusOf, renderStatus } = await import('../../deploy/canary.js');
    const target = await openCanaryTarget(flags);
    const status = statusOf(
      target.restApiId,
      flags.stage,
      await requireStage(target.session, target.restApiId, flags.stage),
    );
    this.write(flags.json ? `${JSON.stringify(status, null, 2)}\n` : `${renderStatus(status).join('\n')}\n`);
  }
}
