import { BaseCommand } from '../../cli/base-command.js';
import { canaryChangeFlags } from '../../cli/canary-flags.js';

export default class CanaryPromote extends BaseCommand {
  static override summary =
    "Promote the canary: its deployment and stage-variable overrides become the stage's, and the canary is removed.";
  static override examples = ['<%= config.bin %> canary promote --stage prod --yes'];
  static override flags = canaryChangeFlags;

  async run(): Promise<void> {
    const { flags } = await this.parse(CanaryPromote);
    const { runCanaryChange } = await import('../../deploy/command-support.js');
    const { promoteCanary } = await import('../../deploy/canary.js');
    await runCanaryChange(
      flags,
      {
        question: `Promote the canary of stage '${flags.stage}' of {api}?`,
        apply: (target, runner) => promoteCanary(target.session, runner, target.restApiId, flags.stage),
        describe: (after) => `Stage '${flags.stage}' now serves ${after.deploymentId} to all traffic; canary removed.`,
      },
      (text) => this.write(text),
    );
  }
}
