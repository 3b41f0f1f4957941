import { Args, Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';
import { reportFlags } from '../cli/report-flags.js';
import { readOptionsFrom, specFlags } from '../cli/spec-flags.js';

export default class Validate extends BaseCommand {
  static override summary =
    "Check definitions the way API Gateway's importer would: structure, extensions, cross-references.";
  static override description = `Answers "would API Gateway import this definition, and what would it warn about?" offline,
for Swagger 2.0 and OpenAPI 3.0 documents, REST and HTTP APIs. Files default to apigw.yaml's spec.
Exit codes: 0 clean, 1 findings at or above --fail-severity, 2 usage error or unreadable input.`;
  static override examples = [
    '<%= config.bin %> validate openapi.yaml',
    '<%= config.bin %> validate api.yaml --api-type http --format sarif --output apigw.sarif',
    '<%= config.bin %> validate openapi.yaml --fail-on-warnings',
  ];
  static override strict = false;
  static override args = { files: Args.string({ description: 'Definition files (YAML or JSON).' }) };
  static override flags = {
    ...specFlags,
    ...reportFlags,
    'fail-on-warnings': Flags.boolean({
      description: "Fail on warnings too, like the importer's failonwarnings=true.",
    }),
  };

  async run(): Promise<void> {
    const { argv, flags } = await this.parse(Validate);
    const { validateFiles } = await import('../validate/files.js');
    const outcome = await validateFiles(argv as string[], {
      apiType: flags['api-type'],
      configPath: flags.config,
      ...readOptionsFrom(flags),
    });
    const { emitReport } = await import('../cli/report-run.js');
    const code = await emitReport(
      {
        findings: outcome.findings,
        files: outcome.files,
        notes: outcome.notes,
        failSeverity: flags['fail-on-warnings'] ? 'warn' : undefined,
        unreadable: outcome.unreadable,
      },
      flags,
    );
    this.exit(outcome.unreadable ? 2 : code);
  }
}
