import { Flags } from '@oclif/core';
import { awsCommandFlags } from '../../cli/aws-flags.js';
import { BaseCommand } from '../../cli/base-command.js';

export default class CanaryPromote extends BaseCommand {
  static override summary = "Promote the canary: its deployment and stage-variable overrides become the stage's, and the canary is removed.";
  static override examples = ['<%= config.bin %> canary promote --stage prod --yes'];
  static override flags = {
    ...awsCommandFlags,
    stage: Flags.string({ description: 'Stage.', required: true }),
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation on a terminal.' }),
    json: Flags.boolean({ description: 'Print one JSON result on stdout.' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(CanaryPromote);
    const support = await import('../../deploy/command-support.js');
    const canary = await import('../../deploy/canary.js');
    const target = await support.openTarget(flags);
    const runner = support.newRunner(false);
    try {
      if (!(await support.confirmOnTty(`Promote the canary of stage '${flags.stage}' of ${target.restApiId}?`, flags.yes))) throw support.aborted();
      const after = await canary.promoteCanary(target.session, runner, target.restApiId, flags.stage);
      const status = canary.statusOf(target.restApiId, flags.stage, after);
      if (flags.json) return this.write(`${JSON.stringify({ ok: true, ...status, steps: runner.steps }, null, 2)}\n`);
      this.write(`Stage '${flags.stage}' now serves ${after.deploymentId} to all traffic; canary removed.\n`);
    } catch (error) {
      if (flags.json) this.write(support.failureJson(error, { stage: flags.stage }));
      throw error;
    }
  }
}
