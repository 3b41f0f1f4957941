import { BaseCommand } from '../../cli/base-command.js';
import { canaryChangeFlags } from '../../cli/canary-flags.js';

export default class CanaryRollback extends BaseCommand {
  static override summary = "Remove the canary: all traffic goes back to the stage's own deployment.";
  static override examples = ['<%= config.bin %> canary rollback --stage prod --yes'];
  static override flags = canaryChangeFlags;

  async run(): Promise<void> {
    const { flags } = await this.parse(CanaryRollback);
    const { runCanaryChange } = await import('../../deploy/command-support.js');
    const { rollbackCanary } = await import('../../deploy/canary.js');
    await runCanaryChange(
      flags,
      {
        question: `Remove the canary of stage '${flags.stage}' of {api}?`,
        apply: (target, runner) => rollbackCanary(target.session, runner, target.restApiId, flags.stage),
        describe: (after) => `Stage '${flags.stage}' serves ${after.deploymentId} to all traffic; canary removed.`,
      },
      (text) => this.write(text),
    );
  }
}
