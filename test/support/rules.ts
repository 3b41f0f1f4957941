/**
 * Runs one apigw rule (or a list) through the real Spectral engine on an inline document, the way
 * `apigw lint` runs it (rules of the other API type skipped, the run context as a function option),
 * or the way plain Spectral runs the published ruleset (`plainSpectral`: API type detected through
 * the rules' formats). Gives the exact code, path and 1-based line of each result.
 */
import Core from '@stoplight/spectral-core';
import Parsers from '@stoplight/spectral-parsers';
import { spectralRules, toSpectralRule, type ApigwRule } from '../../rules/lib/rule.js';
import { detectFlavour, type Flavour } from '../../src/definition/api-type.js';
import type { EndpointType } from '../../src/definition/endpoint-type.js';

const { Spectral, Document } = Core;

export interface RuleResult {
  code: string;
  message: string;
  path: string;
  /** 1-based line of the result's start. */
  line: number;
  severity: number;
}

export interface RunRulesOptions {
  /** The API type the run declares (`--api-type`); default: detected from the document, as the loader does. */
  flavour?: Flavour;
  /** apigw.yaml `api.endpointType`. */
  endpointType?: EndpointType;
  /** Run as plain Spectral does with the published ruleset (no run context; the API type is detected). */
  plainSpectral?: boolean;
}

export async function runRules(
  rules: ApigwRule | ApigwRule[],
  yamlText: string,
  options: RunRulesOptions = {},
): Promise<RuleResult[]> {
  const list = Array.isArray(rules) ? rules : [rules];
  const spectral = new Spectral();
  const doc = new Document(yamlText, Parsers.Yaml, '/fixture.yaml');
  const definitions = options.plainSpectral
    ? Object.fromEntries(list.map((r) => [r.id, toSpectralRule(r)]))
    : spectralRules(list, {
        apiType: options.flavour ?? detectFlavour(doc.data).type,
        endpointType: options.endpointType,
      });
  spectral.setRuleset({ rules: definitions } as never);
  const results = await spectral.run(doc, { ignoreUnknownFormat: true });
  return results
    .filter((r) => list.some((rule) => rule.id === r.code))
    .map((r) => ({
      code: String(r.code),
      message: r.message,
      path: r.path.join('.'),
      line: r.range.start.line + 1,
      severity: r.severity,
    }))
    .sort((a, b) => a.line - b.line || a.path.localeCompare(b.path));
}
