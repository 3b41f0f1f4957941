import { Flags } from '@oclif/core';
import { BaseCommand } from '../../cli/base-command.js';
import { canaryChangeFlags } from '../../cli/canary-flags.js';

export default class CanarySet extends BaseCommand {
  static override summary = "Change an active canary's traffic share, stage-variable overrides or cache use.";
  static override examples = ['<%= config.bin %> canary set --stage prod --percent 50 --yes'];
  static override flags = {
    ...canaryChangeFlags,
    percent: Flags.string({ description: 'Share of traffic for the canary, 0-100.' }),
    'canary-stage-variable': Flags.string({ description: 'Override NAME=value (repeatable).', multiple: true }),
    'canary-use-stage-cache': Flags.boolean({
      description: 'Whether canary requests use the stage cache.',
      allowNo: true,
    }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(CanarySet);
    const { ApigwError, ExitCode } = await import('../../core/errors.js');
    const { runCanaryChange } = await import('../../deploy/command-support.js');
    const { setCanary, renderStatus } = await import('../../deploy/canary.js');
    const { parseAssignments } = await import('../../deploy/placeholders.js');
    const percent = flags.percent === undefined ? undefined : Number(flags.percent);
    if (percent !== undefined && (!Number.isFinite(percent) || percent < 0 || percent > 100)) {
      throw new ApigwError(`--percent expects a percentage 0-100, got '${flags.percent}'`, {
        exitCode: ExitCode.usage,
      });
    }
    await runCanaryChange(
      flags,
      {
        question: `Update the canary of stage '${flags.stage}'?`,
        apply: (target, runner) =>
          setCanary(target.session, runner, target.restApiId, flags.stage, {
            percent,
            overrides: parseAssignments(flags['canary-stage-variable'], '--canary-stage-variable'),
            useStageCache: flags['canary-use-stage-cache'],
          }),
        describe: (_after, status) => renderStatus(status).join('\n'),
      },
      (text) => this.write(text),
    );
  }
}
