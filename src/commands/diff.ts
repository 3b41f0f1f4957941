import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { awsCommandFlags } from '../cli/aws-flags.js';
import { readFlags, readOptionsFrom } from '../cli/spec-flags.js';

export default class Diff extends BaseCommand {
  static override summary =
    'What changes between two definitions, a definition and a deployed stage, or two stages, as API Gateway sees it.';
  static override description = `Each source is a file, git:REV:PATH (a file at a git revision), aws:API (the REST API's current
resources, deployed or not) or aws:API/STAGE (what the stage serves, with its stage settings); API by id or name.
Both sides are normalised first (ordering, defaults AWS fills in, Swagger 2.0 vs OpenAPI 3.0, servers/host are not
changes); every change is classified breaking, risky or safe (rules: docs/diff-rules.md).
--stage NAME (repeatable) stands for aws:API/NAME of the configured API; with one --stage and one or no source,
the other side is that source or apigw.yaml's spec: "what would deploying change on this stage".
Exit codes: 0 (or no change at/above --fail-on), 1 changes at/above --fail-on, 2 bad input, 3 AWS refused, 4 AWS unreachable.`;
  static override examples = [
    '<%= config.bin %> diff git:origin/main:openapi.yaml openapi.yaml --fail-on breaking',
    '<%= config.bin %> diff openapi.yaml aws:orders-api/prod --format markdown',
    '<%= config.bin %> diff aws:orders-api aws:orders-api/prod   # is prod stale?',
    '<%= config.bin %> diff --stage dev --stage prod',
  ];
  static override args = {
    from: Args.string({ description: 'Before: file, git:REV:PATH, aws:API or aws:API/STAGE.' }),
    to: Args.string({ description: 'After: same forms.' }),
  };
  static override flags = {
    stage: Flags.string({
      description: 'A stage of the configured API (apigw.yaml api, --rest-api-id or --api-name); repeatable.',
      multiple: true,
    }),
    format: Flags.option({
      options: ['text', 'json', 'markdown'] as const,
      default: 'text' as const,
      description: 'Output format.',
    })(),
    'fail-on': Flags.option({
      options: ['breaking', 'risky', 'any'] as const,
      description: 'Exit 1 when a change of this class (or worse) is found.',
    })(),
    'api-type': Flags.option({
      options: ['rest', 'http'] as const,
      description: 'REST or HTTP API for definition files (default: detected).',
    })(),
    ...readFlags,
    ...awsCommandFlags,
  };

  async run(): Promise<void> {
    const { args, flags } = await this.parse(Diff);
    const { loadProjectConfig } = await import('../config/load.js');
    const { InputError } = await import('../core/errors.js');
    const { awsOptionsFrom } = await import('../cli/aws-flags.js');
    const { openApiGateway, resolveAwsSettings } = await import('../aws/client.js');
    const config = await loadProjectConfig(flags.config);

    const sources = [args.from, args.to].filter((s): s is string => s !== undefined);
    const stages = flags.stage ?? [];
    if (stages.length > 0) {
      const { selectionTarget } = await import('../aws/resolve-api.js');
      const target = selectionTarget({
        restApiId: flags['rest-api-id'],
        apiId: flags['api-id'],
        apiName: flags['api-name'],
        config,
      });
      const stageSources = stages.map((s) => `aws:${target.id ?? target.name}/${s}`);
      if (stageSources.length === 1 && sources.length === 0) {
        if (!config?.specFiles[0])
          throw new InputError('one --stage needs a source to compare with: pass a file or set spec in apigw.yaml');
        sources.push(config.specFiles[0]);
      }
      // The stage is the "before": the output reads as what deploying the other side would change.
      sources.unshift(...stageSources);
    }
    if (sources.length !== 2) {
      throw new InputError(
        `apigw diff compares exactly two sources, got ${sources.length}: pass FROM TO, or --stage twice`,
      );
    }

    const awsOptions = awsOptionsFrom(flags);
    const region = resolveAwsSettings(awsOptions, config?.data.api).region;
    const vars: Record<string, string> = { ...(config?.data.vars ?? {}) };
    if (region) vars['AWS::Region'] = region;
    const { runDiff } = await import('../diff/run.js');
    const { extraRoots } = await import('../validate/files.js');
    const { dirname } = await import('node:path');
    const result = await runDiff(sources[0], sources[1], {
      apiType: flags['api-type'] ?? config?.data.api?.type,
      endpointType: config?.data.api?.endpointType,
      vars,
      session: () => openApiGateway(awsOptions, config?.data.api),
      sessionV2: async () => (await import('../aws/client-v2.js')).openApiGatewayV2(awsOptions, config?.data.api),
      roots: extraRoots(config && dirname(config.file), flags.root),
      limits: readOptionsFrom(flags).limits,
    });

    const { formatDiff } = await import('../diff/format.js');
    const { shouldColor, painter } = await import('../report/color.js');
    this.write(formatDiff(result, { format: flags.format, paint: painter(shouldColor(process.stdout)) }));
    const { exitCodeForDiff } = await import('../diff/exit.js');
    this.exit(exitCodeForDiff(result, flags['fail-on']));
  }
}
