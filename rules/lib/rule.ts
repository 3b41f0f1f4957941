/**
 * The shape of one apigw lint rule: a Spectral rule plus the metadata `apigw rules`, the docs and
 * the registry need. One rule per file: `rules/<category>/<name>.ts` (id `apigw-<name>`),
 * default-exporting an `ApigwRule`, listed once in `rules/index.ts`, the one list the ruleset
 * (`rules/ruleset.ts`) is built from.
 */
import type { Format, RuleDefinition } from '@stoplight/spectral-core';
import { hasDetectedFlavour, RUN_CONTEXT_OPTION, type RuleRunContext } from './run-context.js';

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
  | 'websocket'
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
  /**
   * Only for this API type (omitted = both). `apigw lint` does not run the rule on the other type;
   * for plain Spectral the rule carries a format that detects the type from the document.
   */
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

/** Does the rule apply to this API type? */
export function appliesTo(rule: Pick<ApigwRule, 'flavour'>, apiType: 'rest' | 'http'): boolean {
  return !rule.flavour || rule.flavour === apiType;
}

/**
 * Converts an apigw rule to the Spectral rule definition it registers. With a run context (apigw
 * lint), every rule function receives it as an option; without one (plain Spectral), a rule of one
 * API type is limited to documents detected as that type through Spectral's `formats`.
 */
export function toSpectralRule(rule: ApigwRule, run?: RuleRunContext): RuleDefinition {
  const formats = run ? rule.spectral.formats : detectedTypeFormats(rule);
  return {
    description: rule.description,
    severity: rule.severity,
    recommended: rule.recommended ?? true,
    documentationUrl: documentationUrl(rule.id),
    message: rule.spectral.message ?? '{{error}}',
    given: rule.spectral.given,
    then: guardThens(run ? withRunContext(rule.spectral.then, run) : rule.spectral.then),
    ...(rule.spectral.resolved === undefined ? {} : { resolved: rule.spectral.resolved }),
    ...(formats ? { formats } : {}),
  } as RuleDefinition;
}

/**
 * The Spectral rules of one run: only those that apply to its API type (as Spectral skips a rule
 * whose formats the document does not match), each function given the run context.
 */
export function spectralRules(rules: readonly ApigwRule[], run: RuleRunContext): Record<string, RuleDefinition> {
  return Object.fromEntries(rules.filter((r) => appliesTo(r, run.apiType)).map((r) => [r.id, toSpectralRule(r, run)]));
}

type IRuleThen = Extract<RuleDefinition['then'], { function: unknown }>;

function withRunContext(then: IRuleThen | IRuleThen[], run: RuleRunContext): IRuleThen | IRuleThen[] {
  const add = (t: IRuleThen): IRuleThen => ({
    ...t,
    functionOptions: { ...(t.functionOptions ?? {}), [RUN_CONTEXT_OPTION]: run },
  });
  return Array.isArray(then) ? then.map(add) : add(then);
}

const typeFormats = new Map<string, Format>();

/** One format function per (API type, original format), shared by every rule, so Spectral evaluates each once per document. */
function detectedTypeFormats(rule: ApigwRule): RuleDefinition['formats'] {
  const flavour = rule.flavour;
  if (!flavour) return rule.spectral.formats;
  const base: Array<Format | undefined> = rule.spectral.formats
    ? [...(rule.spectral.formats as Iterable<Format>)]
    : [undefined];
  return base.map((format) => {
    const key = `${flavour}\u0000${format?.displayName ?? format?.name ?? ''}`;
    let combined = typeFormats.get(key);
    if (!combined) {
      const name = `${flavour === 'rest' ? 'REST' : 'HTTP'} API${format ? ` (${format.displayName ?? format.name})` : ''}`;
      combined = Object.assign(
        (document: unknown, source?: string | null) =>
          (!format || format(document, source as string)) && hasDetectedFlavour(document, flavour),
        { displayName: name },
      ) as Format;
      typeFormats.set(key, combined);
    }
    return combined;
  });
}

type Then = RuleDefinition['then'] extends infer T ? (T extends readonly (infer U)[] ? U : T) : never;

/**
 * A rule function meets whatever a hostile definition holds where its `given` points (a string
 * where a path item belongs, a `$ref` left unresolved). The structural checks already report such a
 * shape, so a function that throws on it checks nothing there instead of aborting the whole run.
 */
function guardThen(then: Then): Then {
  const fn = (then as { function?: (...args: unknown[]) => unknown }).function;
  if (typeof fn !== 'function') return then;
  const guarded = (...args: unknown[]): unknown => {
    try {
      const out = fn(...args);
      return out instanceof Promise ? out.catch(() => []) : out;
    } catch {
      return [];
    }
  };
  return { ...then, function: guarded } as Then;
}

function guardThens(then: RuleDefinition['then']): RuleDefinition['then'] {
  return (Array.isArray(then) ? then.map(guardThen) : guardThen(then as Then)) as RuleDefinition['then'];
}
