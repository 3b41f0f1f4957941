/**
 * Runs one apigw rule (or a list) through the real Spectral engine on an inline document, the way
 * rule tests need it: exact code, path and 1-based line of each result.
 */
import Core from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { toSpectralRule, type ApigwRule } from '../../rules/lib/rule.js';
import { setFlavourOverride, type Flavour } from '../../rules/lib/flavour.js';

const { Spectral, Document } = Core;

export interface RuleResult {
  code: string;
  message: string;
  path: string;
  /** 1-based line of the result's start. */
  line: number;
  severity: number;
}

export async function runRules(rules: ApigwRule | ApigwRule[], yamlText: string, options: { flavour?: Flavour } = {}): Promise<RuleResult[]> {
  const list = Array.isArray(rules) ? rules : [rules];
  const spectral = new Spectral();
  spectral.setRuleset({ rules: Object.fromEntries(list.map((r) => [r.id, toSpectralRule(r)])) } as never);
  setFlavourOverride(options.flavour);
  try {
    const doc = new Document(yamlText, Parsers.Yaml, '/fixture.yaml');
    const results = await spectral.run(doc, { ignoreUnknownFormat: true });
    return results
      .filter((r) => list.some((rule) => rule.id === r.code))
      .map((r) => ({ code: String(r.code), message: r.message, path: r.path.join('.'), line: r.range.start.line + 1, severity: r.severity }))
      .sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
  } finally {
    setFlavourOverride(undefined);
  }
}
