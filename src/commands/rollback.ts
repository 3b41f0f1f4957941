import { Flags } from '@oclif/core';
import { awsCommandFlags } from '../cli/aws-flags.js';
import { BaseCommand } from '../cli/base-command.js';

export default class Rollback extends BaseCommand {
  static override summary = 'Point a stage back at an earlier deployment (the previous one by default).';
  static override description = `"Previous" is the deployment apigw deploy made for this stage before the one it serves (read from
the provenance in deployment descriptions; API Gateway keeps no per-stage history). When that history is
unknown, pass --to ID. --to a deployment made for another stage warns. A stage with an active canary must be
promoted or rolled back first.
HTTP APIs: stages without auto-deploy; "previous" is the newest older deployment apigw made for this stage
(or made without a stage tag), from the deployment descriptions.
Exit codes: 0 done, 1 verification failed, 2 bad usage, 3 AWS refused, 4 unreachable, 5 declined.`;
  static override examples = [
    '<%= config.bin %> rollback --stage prod --yes',
    '<%= config.bin %> rollback --stage prod --to abc123',
  ];
  static override flags = {
    ...awsCommandFlags,
    stage: Flags.string({ description: 'Stage to roll back.', required: true }),
    to: Flags.string({ description: 'Deployment id to go back to (default: the previous one).' }),
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation on a terminal.' }),
    json: Flags.boolean({ description: 'Print one JSON result on stdout.' }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Rollback);
    const support = await import('../deploy/command-support.js');
    const { openAnyTarget } = await import('../deploy/http/target.js');
    const target = await openAnyTarget(flags);
    const runner = support.newRunner(false);
    const id = target.kind === 'http' ? target.apiId : target.restApiId;
    try {
      if (
        !(await support.confirmOnTty(
          `Point stage '${flags.stage}' of ${id} at ${flags.to ?? 'the previous deployment'}?`,
          flags.yes,
        ))
      )
        throw support.aborted();
      const warn = (w: string) => process.stderr.write(`apigw: warning: ${w}\n`);
      let moved: { from?: string; to: string; warnings?: string[] };
      if (target.kind === 'http') {
        const { rollbackHttpStage } = await import('../deploy/http/deployments.js');
        moved = await rollbackHttpStage(target.session, runner, target.apiId, flags.stage, flags.to);
        for (const w of moved.warnings ?? []) warn(w);
      } else {
        const { rollbackStage } = await import('../deploy/rollback.js');
        // Warned before the stage moves.
        moved = await rollbackStage(target.session, runner, target.restApiId, flags.stage, flags.to, warn);
      }
      const key = target.kind === 'http' ? { apiId: id } : { restApiId: id };
      if (flags.json)
        return this.write(
          `${JSON.stringify({ ok: true, ...key, stage: flags.stage, from: moved.from, to: moved.to, warnings: moved.warnings ?? [], steps: runner.steps }, null, 2)}\n`,
        );
      this.write(
        moved.from === moved.to
          ? `Stage '${flags.stage}' already serves ${moved.to}; nothing changed.\n`
          : `Stage '${flags.stage}' now serves ${moved.to} (was ${moved.from}).\n`,
      );
    } catch (error) {
      if (flags.json) this.write(support.failureJson(error, { stage: flags.stage }));
      throw error;
    }
  }
}
