/**
 * The one rule house: every code any command emits, with its registry entry (id, category,
 * default severity, API types, AWS source, description, doc page). Five kinds, one list:
 *   spec      Spectral rules of rules/<category>/<id>.ts, run by `apigw lint` (and plain Spectral)
 *   config    apigw.yaml checks of src/lint/config-rules/, run by `apigw lint`
 *   validate  codes of `apigw validate` (src/validate/codes/<id>.ts), which `apigw lint` runs too
 *   template  rules only a template can break (src/lint/template-rules/), run by `apigw lint`
 *   change    kinds of change `apigw diff` reports (src/diff/rules.ts), classified breaking/risky/safe
 * Loaded lazily (importing it loads every rule module).
 */
import type { RuleSeverity } from '../../rules/lib/rule.js';
import type { RuleDefaults } from './settings.js';

export type ApiType = 'rest' | 'http';

export interface RuleInfo extends RuleDefaults {
  id: string;
  category: string;
  description: string;
  documentationUrl: string;
  awsSource: string;
  /** Only for this API type (omitted = both). */
  flavour?: ApiType;
  /** The API types the rule reports on (WebSocket: template rules). */
  apiTypes: (ApiType | 'websocket')[];
  recommended: boolean;
  /** `spec`: runs on definitions (Spectral); `config`: checks apigw.yaml against the definitions; `validate`: a check of `apigw validate`. */
  kind: 'spec' | 'config' | 'validate' | 'template' | 'change';
  severity: RuleSeverity;
  /** kind `change`: how `apigw diff` classifies it (severity: breaking = error, risky = warn, safe = info). */
  classification?: 'breaking' | 'risky' | 'safe';
}

const CLASS_SEVERITY = { breaking: 'error', risky: 'warn', safe: 'info' } as const;

let registry: RuleInfo[] | undefined;

/** Every code lint, validate and the apigw.yaml checks can emit. */
export async function allRules(): Promise<RuleInfo[]> {
  if (registry) return registry;
  const [{ apigwRules }, { documentationUrl, DOCS_BASE }, { configRules }, { validateCodes }] = await Promise.all([
    import('../../rules/ruleset.js'),
    import('../../rules/lib/rule.js'),
    import('./config-rules/index.js'),
    import('../validate/codes/index.js'),
  ]);
  const { templateRules } = await import('./template-rules/index.js');
  const { DIFF_RULES, awsSourceOf } = await import('../diff/rules.js');
  registry = [
    ...apigwRules.map((r) => ({ ...describe(r, 'spec' as const), documentationUrl: documentationUrl(r.id) })),
    ...configRules.map((r) => ({ ...describe(r, 'config' as const), documentationUrl: documentationUrl(r.id) })),
    ...validateCodes.map((c) => ({
      ...describe({ ...c, flavour: c.apiType }, 'validate' as const),
      documentationUrl: documentationUrl(c.id),
    })),
    ...templateRules.map((r) => ({
      ...describe(r, 'template' as const),
      apiTypes: r.apiTypes,
      documentationUrl: documentationUrl(r.id),
    })),
    ...Object.entries(DIFF_RULES).map(([id, r]) => ({
      ...describe(
        {
          id,
          category: 'diff',
          severity: CLASS_SEVERITY[r.classification],
          description: `${r.reason[0].toUpperCase()}${r.reason.slice(1)}.`,
          awsSource: awsSourceOf(id),
        },
        'change' as const,
      ),
      classification: r.classification,
      documentationUrl: DOCS_BASE.replace(/rules\/$/, 'diff-rules.md#change-kinds'),
    })),
  ];
  const seen = new Set<string>();
  for (const r of registry) {
    if (seen.has(r.id)) throw new Error(`duplicate rule id ${r.id}`);
    seen.add(r.id);
  }
  return registry;
}

function describe(
  r: {
    id: string;
    category: string;
    severity: RuleSeverity;
    description: string;
    awsSource: string;
    flavour?: ApiType;
    recommended?: boolean;
  },
  kind: RuleInfo['kind'],
) {
  const recommended = r.recommended ?? true;
  const apiTypes: ApiType[] = r.flavour ? [r.flavour] : ['rest', 'http'];
  return {
    id: r.id,
    category: r.category,
    severity: r.severity,
    description: r.description,
    awsSource: r.awsSource,
    flavour: r.flavour,
    apiTypes,
    recommended,
    notRecommended: !recommended,
    kind,
  };
}

/**
 * The rules whose default severity and apigw:recommended membership lint's settings apply (spec and
 * config rules). validate's codes keep the severity each finding carries (some are raised or
 * lowered where the message says why), so they are not in this map.
 */
export async function ruleMap(): Promise<Map<string, RuleInfo>> {
  return new Map((await allRules()).filter((r) => r.kind !== 'validate' && r.kind !== 'change').map((r) => [r.id, r]));
}

/** The ids apigw.yaml `lint.rules` may name: every kind but diff's change kinds. */
export async function lintRuleIds(): Promise<string[]> {
  return (await allRules()).filter((r) => r.kind !== 'change').map((r) => r.id);
}
