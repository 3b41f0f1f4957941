import { Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';

export default class Rules extends BaseCommand {
  static override summary =
    'List every rule and check: id, default severity, category, API types and what each checks.';
  static override description = `Every code 'apigw lint' and 'apigw validate' can report (Spectral rules, apigw.yaml checks,
template rules and validate's checks), with its default severity (error: API Gateway rejects it or it
breaks at run time; warn: silently ignored or risky) and the API types it applies to, and every kind of
change 'apigw diff' reports (category diff, classified breaking, risky or safe). Doc pages:
docs/rules/<id>.md; the change kinds: docs/diff-rules.md.`;
  static override examples = [
    '<%= config.bin %> rules',
    '<%= config.bin %> rules --category cors',
    '<%= config.bin %> rules --json',
  ];
  static override flags = {
    json: Flags.boolean({
      description:
        'Print a JSON array (id, kind, severity, category, apiTypes, description, documentationUrl, awsSource, ...).',
    }),
    category: Flags.string({
      description:
        'Only rules of this category (integration, timeout, cors, caching, auth, stages, templates, validation, endpoint, gateway-responses, websocket, structure, extensions, diff).',
    }),
  };

  async run(): Promise<void> {
    const { flags } = await this.parse(Rules);
    const { allRules } = await import('../lint/registry.js');
    const { formatRuleList } = await import('../lint/rule-list.js');
    const rules = (await allRules()).filter((r) => !flags.category || r.category === flags.category);
    if (flags.category && rules.length === 0) {
      const { InputError } = await import('../core/errors.js');
      throw new InputError(`no rules in category '${flags.category}'`);
    }
    this.write(
      flags.json
        ? `${JSON.stringify(
            rules.map(({ notRecommended: _, ...r }) => r),
            null,
            2,
          )}\n`
        : formatRuleList(rules, { catalogue: !flags.category }),
    );
  }
}
