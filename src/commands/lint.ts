import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { reportFlags } from '../cli/report-flags.js';
import { readOptionsFrom, specFlags } from '../cli/spec-flags.js';

export default class Lint extends BaseCommand {
  static override summary = "Lint definitions against API Gateway's rules: validate's checks plus the apigw ruleset.";
  static override description = `Runs validate's checks and the apigw Spectral ruleset (integrations, timeouts, CORS, caching,
authorizers, mapping templates, models, endpoint/policy, gateway responses), plus apigw.yaml's
stages, throttling and usage plans. Files default to apigw.yaml's spec; settings come from its
lint: section (extends, rules, overrides, rulesets, ignore). See docs/lint.md and 'apigw rules'.
Exit codes: 0 clean, 1 findings at or above --fail-severity, 2 usage error or unreadable input.`;
  static override examples = [
    '<%= config.bin %> lint',
    '<%= config.bin %> lint openapi.yaml --format github',
    '<%= config.bin %> lint api/*.yaml --ruleset .spectral.yaml --fail-severity warn',
    '<%= config.bin %> lint openapi.yaml --api-type http --format sarif --output apigw.sarif',
    '<%= config.bin %> lint openapi.yaml --profile openapi',
  ];
  static override strict = false;
  static override args = { files: Args.string({ description: 'Definition files (YAML or JSON).' }) };
  static override flags = {
    ...specFlags,
    ...reportFlags,
    ruleset: Flags.string({
      char: 'r',
      multiple: true,
      description:
        'Also run this Spectral ruleset (file or npm package); repeatable. Adds to apigw.yaml lint.rulesets.',
    }),
    cache: Flags.boolean({
      description:
        "Reuse findings for files unchanged since the last run (content, $ref'd files, settings and apigw version form the key). For pre-commit hooks.",
    }),
    'allow-code-rulesets': Flags.boolean({
      description:
        "Let Spectral rulesets run JavaScript (.js rulesets, custom functions, npm packages). Off by default: a repository's apigw.yaml cannot turn it on. Also APIGW_ALLOW_CODE_RULESETS=1.",
    }),
    'ignore-unknown': Flags.boolean({
      description:
        'Skip files that hold no API definition (not OpenAPI/Swagger once parsed, or a CloudFormation/SAM template without an API); for pre-commit, which passes every YAML/JSON file.',
    }),
    profile: Flags.string({
      options: ['api-gateway', 'openapi'],
      description:
        'api-gateway (default): report what matters on API Gateway; openapi: also OpenAPI conformance API Gateway tolerates (oas-schema, apigw-path-parameter) as warnings, as extends: [apigw:strict] does.',
    }),
    verbose: Flags.boolean({
      description: 'Also say on stderr which files --ignore-unknown skipped, and why.',
    }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Lint);
    const request = {
      args: argv as string[],
      cwd: process.cwd(),
      configPath: flags.config,
      apiType: flags['api-type'],
      rulesets: flags.ruleset,
      ignoreUnknown: flags['ignore-unknown'],
      profile: flags.profile as 'api-gateway' | 'openapi' | undefined,
      allowCodeRulesets: flags['allow-code-rulesets'],
      ...readOptionsFrom(flags),
    };
    // --cache is decided before the engine loads: a hit replays the stored outcome (see run-cache.ts).
    const runCache = flags.cache ? await import('../lint/run-cache.js') : undefined;
    const version = runCache ? (await import('../core/version.js')).version() : '';
    let outcome = runCache?.readRun(request, version);
    let unreadable = false;
    if (!outcome) {
      const { lintFiles } = await import('../lint/files.js');
      const linted = await lintFiles(request.args, { ...request, cache: flags.cache });
      const { allRules } = await import('../lint/registry.js');
      // diff's change kinds are registry entries too, but no lint finding carries them.
      const rules = (await allRules())
        .filter((r) => r.kind !== 'change')
        .map((r) => ({
          id: r.id,
          description: r.description,
          documentationUrl: r.documentationUrl,
        }));
      outcome = { findings: linted.findings, files: linted.files, notes: linted.notes, skipped: linted.skipped, rules };
      unreadable = linted.unreadable;
      // A run that could not read a file printed its reason on stderr: not replayed, it runs again.
      if (runCache && !unreadable) runCache.writeRun(request, version, outcome, linted.inputs);
    }
    if (flags.verbose) for (const line of outcome.skipped) process.stderr.write(`apigw: ${line}\n`);
    const { emitReport } = await import('../cli/report-run.js');
    const code = await emitReport(
      {
        findings: outcome.findings,
        files: outcome.files,
        notes: outcome.notes,
        rules: outcome.rules,
        unreadable,
      },
      flags,
    );
    this.exit(unreadable ? 2 : code);
  }
}
