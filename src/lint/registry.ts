/**
 * Everything `apigw rules` lists and the severity settings work on: the Spectral rules of rules/
 * and the config rules that check apigw.yaml. Loaded lazily (importing it loads every rule module).
 */
import type { RuleSeverity } from '../../rules/lib/rule.js';
import type { RuleDefaults } from './settings.js';

export interface RuleInfo extends RuleDefaults {
  id: string;
  category: string;
  description: string;
  documentationUrl: string;
  awsSource: string;
  flavour?: 'rest' | 'http';
  recommended: boolean;
  /** `spec`: runs on definitions (Spectral); `config`: checks apigw.yaml against the definitions. */
  kind: 'spec' | 'config';
  severity: RuleSeverity;
}

let registry: RuleInfo[] | undefined;

export async function allRules(): Promise<RuleInfo[]> {
  if (registry) return registry;
  const [{ apigwRules }, { documentationUrl }, { configRules }] = await Promise.all([
    import('../../rules/ruleset.js'),
    import('../../rules/lib/rule.js'),
    import('./config-rules/index.js'),
  ]);
  registry = [
    ...apigwRules.map((r) => ({ ...describe(r, 'spec' as const), documentationUrl: documentationUrl(r.id) })),
    ...configRules.map((r) => ({ ...describe(r, 'config' as const), documentationUrl: documentationUrl(r.id) })),
  ];
  return registry;
}

function describe(r: { id: string; category: string; severity: RuleSeverity; description: string; awsSource: string; flavour?: 'rest' | 'http'; recommended?: boolean }, kind: 'spec' | 'config') {
  const recommended = r.recommended ?? true;
  return { id: r.id, category: r.category, severity: r.severity, description: r.description, awsSource: r.awsSource, flavour: r.flavour, recommended, notRecommended: !recommended, kind };
}

export async function ruleMap(): Promise<Map<string, RuleInfo>> {
  return new Map((await allRules()).map((r) => [r.id, r]));
}
