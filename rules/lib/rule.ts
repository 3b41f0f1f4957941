/**
 * The shape of one apigw lint rule: a Spectral rule plus the metadata `apigw rules`, the docs and
 * the registry need. One rule per file: `rules/<category>/<rule-id>.ts`, default-exporting an
 * `ApigwRule`; each category folder has an `index.ts` exporting the array of its rules; the
 * ruleset (`rules/ruleset.ts`) is built from the categories.
 */
import type { RuleDefinition } from '@stoplight/spectral-core';

export type RuleCategory =
  | 'integration'
  | 'timeout'
  | 'cors'
  | 'caching'
  | 'auth'
  | 'stages'
  | 'templates'
  | 'validation'
  | 'endpoint'
  | 'gateway-responses'
  | 'structure';

export type RuleSeverity = 'error' | 'warn' | 'info' | 'hint';

export interface ApigwRule {
  /** Stable id, `apigw-<what>`; also the doc page name `docs/rules/<id>.md`. */
  id: string;
  category: RuleCategory;
  /** Default severity: error = the importer rejects it or it breaks at run time; warn = silently ignored or risky. */
  severity: RuleSeverity;
  /** One line for `apigw rules`. */
  description: string;
  /** The AWS documentation page that states the fact the rule enforces. */
  awsSource: string;
  /** Only for this API flavour (omitted = both). The rule's functions also check it, so plain Spectral behaves the same. */
  flavour?: 'rest' | 'http';
  /** Part of `apigw:recommended` (default true). */
  recommended?: boolean;
  /** The Spectral part: narrow `given` JSONPath(s), `then`, optional message template. */
  spectral: Pick<RuleDefinition, 'given' | 'then'> & Partial<Pick<RuleDefinition, 'message' | 'resolved' | 'formats'>>;
}

export const DOCS_BASE = 'https://github.com/apigw-dev/apigw/blob/main/docs/rules/';

export function documentationUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** Converts an apigw rule to the Spectral rule definition it registers. */
export function toSpectralRule(rule: ApigwRule): RuleDefinition {
  return {
    description: rule.description,
    severity: rule.severity,
    recommended: rule.recommended ?? true,
    documentationUrl: documentationUrl(rule.id),
    message: rule.spectral.message ?? '{{error}}',
    given: rule.spectral.given,
    then: rule.spectral.then,
    ...(rule.spectral.resolved === undefined ? {} : { resolved: rule.spectral.resolved }),
    ...(rule.spectral.formats ? { formats: rule.spectral.formats } : {}),
  } as RuleDefinition;
}
