import { Flags } from '@oclif/core';
import { awsCommandFlags } from '../../cli/aws-flags.js';
import { BaseCommand } from '../../cli/base-command.js';

export default class CanarySet extends BaseCommand {
  static override summary = "Change an active canary's traffic share, stage-variable overrides or cache use.";
  static override examples = ['<%= config.bin %> canary set --stage prod --percent 50 --yes'];
  static override flags = {
    ...awsCommandFlags,
    stage: Flags.string({ description: 'Stage.', required: true }),
    percent: Flags.string({ description: 'Share of traffic for the canary, 0-100.' }),
    'canary-stage-variable': Flags.string({ description: 'Override NAME=value (repeatable).', multiple: true }),
    'canary-use-stage-cache': Flags.boolean({ description: 'Whether canary requests use the stage cache.', allowNo: true }),
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation on a terminal.' }),
    json: Flags.boolean({ description: 'Print one JSON result on stdout.' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(CanarySet);
    const { ApigwError, ExitCode } = await import('../../cli/errors.js');
    const support = await import('../../deploy/command-support.js');
    const canary = await import('../../deploy/canary.js');
    const { parseAssignments } = await import('../../deploy/placeholders.js');
    const percent = flags.percent === undefined ? undefined : Number(flags.percent);
    if (percent !== undefined && (!Number.isFinite(percent) || percent < 0 || percent > 100)) {
      throw new ApigwError(`--percent expects a percentage 0-100, got '${flags.percent}'`, { exitCode: ExitCode.usage });
    }
    const target = await support.openTarget(flags);
    const runner = support.newRunner(false);
    try {
      if (!(await support.confirmOnTty(`Update the canary of stage '${flags.stage}'?`, flags.yes))) throw support.aborted();
      const after = await canary.setCanary(target.session, runner, target.restApiId, flags.stage, {
        percent,
        overrides: parseAssignments(flags['canary-stage-variable'], '--canary-stage-variable'),
        useStageCache: flags['canary-use-stage-cache'],
      });
      const status = canary.statusOf(target.restApiId, flags.stage, after);
      if (flags.json) return this.write(`${JSON.stringify({ ok: true, ...status, steps: runner.steps }, null, 2)}\n`);
      this.write(`${canary.renderStatus(status).join('\n')}\n`);
    } catch (error) {
      if (flags.json) this.write(support.failureJson(error, { stage: flags.stage }));
      throw error;
    }
  }
}
