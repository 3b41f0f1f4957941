import { Args, Flags } from '@oclif/core';
import { awsCommandFlags } from '../cli/aws-flags.js';
import { BaseCommand } from '../cli/base-command.js';
import { readFlags, readOptionsFrom } from '../cli/spec-flags.js';

export default class Deploy extends BaseCommand {
  static override summary =
    'Push a REST or HTTP API definition to API Gateway and deploy it to a stage (REST: optionally as a canary).';
  static override description = `Bundles $refs, fills placeholders (--var, apigw.yaml vars), lints, shows the plan, then
REST APIs: PutRestApi (or ImportRestApi with --create), CreateDeployment, UpdateStage with apigw.yaml's stage settings,
and reads the stage back. With --canary the new deployment gets that share of traffic on an existing stage.
HTTP APIs (detected from the definition, or api.type: http in apigw.yaml): ReimportApi (ImportApi with --create),
then the stage: with auto-deploy (default for a stage apigw creates) the import is the release; without it,
CreateDeployment and one UpdateStage. HTTP APIs have no canary.
Exit codes: 0 deployed, 1 lint errors or a failed step/verification, 2 bad input, 3 AWS refused,
4 AWS unreachable, 5 declined at the prompt.`;
  static override examples = [
    '<%= config.bin %> deploy openapi.yaml --stage prod --rest-api-id a1b2c3d4e5',
    '<%= config.bin %> deploy --stage prod --canary 10 --yes',
    '<%= config.bin %> deploy openapi.yaml --stage dev --api-name pets --create --var LambdaArn=arn:aws:lambda:...',
    '<%= config.bin %> deploy --stage prod --dry-run',
    '<%= config.bin %> deploy http-api.yaml --api-name orders --create --stage dev --stage-variable color=blue',
  ];
  static override args = { spec: Args.string({ description: 'Definition file (default: apigw.yaml spec).' }) };
  static override flags = {
    ...awsCommandFlags,
    stage: Flags.string({ description: 'Stage to deploy to.', required: true }),
    create: Flags.boolean({
      description: 'Create the API (ImportRestApi) when --api-name / apigw.yaml names one that does not exist.',
    }),
    'api-type': Flags.option({
      options: ['rest', 'http'] as const,
      description: 'REST or HTTP API (default: apigw.yaml api.type, else detected from the definition).',
    })(),
    basepath: Flags.option({
      options: ['ignore', 'prepend', 'split'] as const,
      description:
        "How the importer treats the definition's base path (default: apigw.yaml api.basepath, else ignore).",
    })(),
    mode: Flags.string({
      description: 'overwrite: the file is the source of truth; merge: keep what the file does not mention.',
      options: ['overwrite', 'merge'],
      default: 'overwrite',
    }),
    'fail-on-warnings': Flags.boolean({
      description: 'Stop on importer and lint warnings.',
      default: true,
      allowNo: true,
    }),
    'stage-variable': Flags.string({ description: 'Stage variable NAME=value (repeatable).', multiple: true }),
    var: Flags.string({
      description: 'Placeholder value NAME=value for ${NAME} in the definition (repeatable).',
      multiple: true,
    }),
    description: Flags.string({ description: 'Deployment description.' }),
    canary: Flags.string({
      description: 'Deploy as a canary taking PERCENT of the stage traffic (0-100).',
      exclusive: ['no-canary'],
    }),
    'canary-stage-variable': Flags.string({
      description: 'Canary stage-variable override NAME=value (repeatable).',
      multiple: true,
    }),
    'canary-use-stage-cache': Flags.boolean({ description: 'Let canary requests use the stage cache.' }),
    'dry-run': Flags.boolean({ description: 'Show the plan and change nothing.' }),
    yes: Flags.boolean({ char: 'y', description: 'Do not ask for confirmation on a terminal.' }),
    lint: Flags.boolean({ description: 'Lint before pushing (--no-lint skips it).', default: true, allowNo: true }),
    prune: Flags.boolean({
      description:
        'Remove stage settings apigw.yaml does not declare (variables, method settings, throttling, tracing, caching); the plan lists them either way.',
    }),
    'no-canary': Flags.boolean({
      description: 'Deploy to the whole stage even when apigw.yaml sets stages.<stage>.canary.',
    }),
    'skip-unchanged': Flags.boolean({
      description:
        'Deploy nothing when the stage already serves this exact body (provenance hash) with these settings; --no-skip-unchanged deploys anyway.',
      default: true,
      allowNo: true,
    }),
    json: Flags.boolean({ description: 'Print one JSON result on stdout.' }),
    ...readFlags,
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Deploy);
    const { deploy } = await import('../deploy/deploy.js');
    const { parseAssignments } = await import('../deploy/placeholders.js');
    const { confirmOnTty, progressWriter, failureJson } = await import('../deploy/command-support.js');
    const { ApigwError, ExitCode } = await import('../core/errors.js');
    const { awsOptionsFrom } = await import('../cli/aws-flags.js');
    const { resolve } = await import('node:path');
    let canary;
    if (flags.canary !== undefined) {
      const percent = Number(flags.canary);
      if (!Number.isFinite(percent) || percent < 0 || percent > 100)
        throw new ApigwError(`--canary expects a percentage 0-100, got '${flags.canary}'`, {
          exitCode: ExitCode.usage,
        });
      canary = {
        percent,
        overrides: parseAssignments(flags['canary-stage-variable'], '--canary-stage-variable'),
        useStageCache: flags['canary-use-stage-cache'] ?? false,
      };
    } else if (flags['canary-stage-variable'] || flags['canary-use-stage-cache']) {
      throw new ApigwError('--canary-stage-variable and --canary-use-stage-cache need --canary PERCENT', {
        exitCode: ExitCode.usage,
      });
    }
    const progress = progressWriter(false);
    try {
      const result = await deploy({
        specFile: args.spec,
        configPath: flags.config,
        stage: flags.stage,
        restApiId: flags['rest-api-id'],
        apiId: flags['api-id'],
        apiType: flags['api-type'],
        basepath: flags.basepath,
        apiName: flags['api-name'],
        create: flags.create,
        mode: flags.mode as 'overwrite' | 'merge',
        failOnWarnings: flags['fail-on-warnings'],
        stageVariables: parseAssignments(flags['stage-variable'], '--stage-variable'),
        vars: parseAssignments(flags.var, '--var'),
        description: flags.description,
        canary,
        noCanary: flags['no-canary'],
        prune: flags.prune,
        skipUnchanged: flags['skip-unchanged'],
        dryRun: flags['dry-run'],
        lint: flags.lint,
        aws: awsOptionsFrom(flags),
        confirm: () => confirmOnTty('Apply this plan?', flags.yes),
        progress,
        showPlan: (lines) => {
          if (!flags.json) this.write(`${lines.join('\n')}\n`);
        },
        roots: flags.root?.map((r) => resolve(r)),
        limits: readOptionsFrom(flags).limits,
      });
      if (flags.json) return this.write(`${JSON.stringify(result, null, 2)}\n`);
      if (result.dryRun) return this.write('Dry run: nothing was changed.\n');
      const plans = (result.usagePlans ?? [])
        .filter((u) => u.action !== 'unchanged' && u.action !== 'undeclared')
        .map(
          (u) =>
            `  usage plan: ${u.name} (${u.id}) ${u.action === 'create' ? 'created' : u.action === 'detach' ? 'detached from the stage' : 'updated'}`,
        );
      if (result.unchanged) {
        return this.write(
          `${[`Stage '${result.stage}' of ${result.apiName} (${result.restApiId ?? result.apiId}) already serves this definition (deployment ${result.deploymentId}); nothing deployed.`, ...plans].join('\n')}\n`,
        );
      }
      const lines =
        result.apiType === 'http'
          ? [
              `Deployed HTTP API ${result.apiName} (${result.apiId}) to stage '${result.stage}'`,
              `  deployment: ${result.deploymentId ?? 'auto-deploy (the import is the release)'}`,
            ]
          : [
              `Deployed REST API ${result.apiName} (${result.restApiId}) to stage '${result.stage}'`,
              `  deployment: ${result.deploymentId}`,
            ];
      if (result.canary)
        lines.push(
          `  canary:     ${result.canary.percentTraffic}% of traffic; the stage still serves ${result.previousDeploymentId}`,
        );
      lines.push(...plans, `  invoke URL: ${result.invokeUrl}`);
      this.write(`${lines.join('\n')}\n`);
    } catch (error) {
      if (flags.json) this.write(failureJson(error, { stage: flags.stage }));
      throw error;
    }
  }
}
