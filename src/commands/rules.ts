import { Flags } from '@oclif/core';
import { BaseCommand } from '../cli/base-command.js';

export default class Rules extends BaseCommand {
  static override summary = 'List the lint rules: id, default severity, category and what each checks.';
  static override description = `Every rule 'apigw lint' runs, with its default severity (error: API Gateway rejects it or it
breaks at run time; warn: silently ignored or risky). Doc pages: docs/rules/<id>.md.`;
  static override examples = ['<%= config.bin %> rules', '<%= config.bin %> rules --category cors', '<%= config.bin %> rules --json'];
  static override flags = {
    json: Flags.boolean({ description: 'Print a JSON array (id, severity, category, description, documentationUrl, awsSource, ...).' }),
    category: Flags.string({ description: 'Only rules of this category (integration, timeout, cors, caching, auth, stages, templates, validation, endpoint, gateway-responses).' }),
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
    this.write(flags.json ? `${JSON.stringify(rules.map(({ notRecommended: _, ...r }) => r), null, 2)}\n` : formatRuleList(rules));
  }
}
