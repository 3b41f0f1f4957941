/**
 * `apigw lint` as a library: validate's checks + the apigw Spectral ruleset (+ the user's rulesets)
 * + the checks that need apigw.yaml, with the project's lint settings applied, in a stable order.
 *
 * Re-entrant: the API type and endpoint type reach the rules as options of this run (see
 * rules/lib/run-context.ts), so any number of lintSpec calls may run at once.
 */
import type { ProjectConfig } from '../config/types.js';
import { compareFindings, type Finding } from '../core/finding.js';
import type { LoadedSpec } from '../definition/types.js';
import type { EndpointType } from '../definition/endpoint-type.js';
import { effectiveSeverity, rulesOffEverywhere, settingsFrom, type LintSettings } from './settings.js';

export { settingsFrom, type LintSettings } from './settings.js';
export { allRules, type RuleInfo } from './registry.js';

export interface LintOptions {
  /** apigw.yaml: lint settings, stages (for `${stageVariables.x}` checks), api.endpointType. */
  config?: ProjectConfig;
  /** Precomputed settings (default: from `config`). */
  settings?: LintSettings;
  /** Extra Spectral rulesets (`--ruleset`), absolute paths or package names. */
  rulesets?: string[];
  /** REST endpoint type (default: apigw.yaml api.endpointType). */
  endpointType?: EndpointType;
  /** Run validate's checks too (default true). */
  validate?: boolean;
  /** May user rulesets run code or be fetched (default: the environment's opt-ins only). */
  trust?: import('./ruleset-trust.js').RulesetTrust;
}

export async function lintSpec(spec: LoadedSpec, options: LintOptions = {}): Promise<Finding[]> {
  const settings = options.settings ?? settingsFrom(options.config);
  const { lintRuleIds, ruleMap } = await import('./registry.js');
  const rules = await ruleMap();
  const { checkRuleIds } = await import('./rule-ids.js');
  checkRuleIds(options.config, await lintRuleIds(), settings.rulesets.length + (options.rulesets?.length ?? 0) > 0);
  const disabled = rulesOffEverywhere(
    [...rules].filter(([, r]) => r.kind === 'spec'),
    settings,
  );

  // The loader already decided the API type (flag, apigw.yaml or detection): rules follow it.
  const run = {
    apiType: spec.flavour.type,
    endpointType: options.endpointType ?? options.config?.data.api?.endpointType,
  };
  const found: Finding[] = [];
  if (options.validate !== false) {
    const { runValidation } = await import('../validate/index.js');
    found.push(...(await runValidation(spec)));
  }
  const { runSpectral } = await import('./spectral.js');
  found.push(
    ...(await runSpectral(spec, {
      disabled,
      userRulesets: [...settings.rulesets, ...(options.rulesets ?? [])],
      baseDir: settings.baseDir,
      run,
      trust: options.trust,
    })),
  );
  if (options.config) {
    const { checkSpecAgainstConfig } = await import('./config-rules/index.js');
    found.push(...checkSpecAgainstConfig(spec, options.config));
  }
  const { withTemplatePlaceholders } = await import('../validate/template-placeholders.js');
  const { asTemplateFindings } = await import('../definition/template/load.js');
  return applySettings(
    withoutGenericDuplicates(asTemplateFindings(spec, withTemplatePlaceholders(found, spec)), rules),
    settings,
    rules,
  );
}

/**
 * validate's generic checks and a lint rule often see the same mistake (a timeout of 10 ms, a
 * compression size of -1, a cache key naming an undeclared parameter, a field of the other API
 * type); the rule's message says more, so the generic one is dropped when a rule reports on the
 * same line of the same file.
 */
const GENERIC = new Set(['apigw-extension-schema', 'apigw-xref-method-parameter', 'apigw-extension-flavour']);

function withoutGenericDuplicates(findings: Finding[], rules: Map<string, unknown>): Finding[] {
  const specific = new Set(findings.filter((f) => rules.has(f.code)).map((f) => `${f.source}:${f.range.start.line}`));
  return findings.filter((f) => !GENERIC.has(f.code) || !specific.has(`${f.source}:${f.range.start.line}`));
}

/** Severity settings, rule metadata, de-duplication and the stable order, for any list of findings. */
export function applySettings(
  findings: Finding[],
  settings: LintSettings,
  rules: Map<
    string,
    { severity: Finding['severity']; notRecommended?: boolean; category: string; documentationUrl: string }
  >,
): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const rule = rules.get(f.code);
    const severity = effectiveSeverity(f, settings, rule);
    if (severity === 'off') continue;
    const key = `${f.code}\u0000${f.source}\u0000${f.range.start.line}:${f.range.start.character}\u0000${f.path.join('\u0001')}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...f, severity, ...(rule ? { category: rule.category, documentationUrl: rule.documentationUrl } : {}) });
  }
  return out.sort(compareFindings);
}
