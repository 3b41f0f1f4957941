/**
 * apigw.yaml `lint:` turned into decisions: which rules run, and the severity of each finding
 * (rule default → `extends` → `rules` → matching `overrides`, in that order; `off` drops it).
 * Applied to every finding (Spectral rules, validate's checks, config rules, user rulesets) in one
 * place, so the settings mean the same everywhere.
 */
import { relative } from 'node:path';
import { InputError } from '../core/errors.js';
import type { ProjectConfig, RuleSetting } from '../config/types.js';
import type { Finding, JsonPath, Severity } from '../core/finding.js';
import { matchesAny } from './glob.js';
import { isWithin, parseLocation } from './json-path.js';

export const RECOMMENDED = 'apigw:recommended';
export const ALL = 'apigw:all';
/** Adds OpenAPI conformance (what other OpenAPI tools reject but API Gateway imports) as warnings. */
export const STRICT = 'apigw:strict';

/**
 * OpenAPI conformance findings API Gateway tolerates: the importer takes these documents with
 * failOnWarnings and says nothing (AWS's own samples carry them), so by default they are info and
 * the default output is what matters on API Gateway; `extends: [apigw:strict]` makes them warnings.
 */
export const CONFORMANCE_CODES = new Set(['oas-schema', 'apigw-path-parameter']);

interface Override {
  files?: string[];
  paths?: string[][];
  rules: Record<string, RuleSetting>;
}

export interface LintSettings {
  /** Rules of ours that are in force by default (`apigw:all` = all, else the recommended ones). */
  mode: 'recommended' | 'all';
  /** `apigw:strict`: OpenAPI conformance findings (CONFORMANCE_CODES) at warn instead of info. */
  strict: boolean;
  rules: Record<string, RuleSetting>;
  overrides: Override[];
  /** User Spectral rulesets (from `extends` entries that are not apigw:* and from `rulesets`), absolute or package names. */
  rulesets: string[];
  /** Ignore globs, relative to `baseDir`. */
  ignore: string[];
  /** Folder globs are relative to (apigw.yaml's folder, else the cwd). */
  baseDir: string;
}

export function settingsFrom(config: ProjectConfig | undefined, cwd: string = process.cwd()): LintSettings {
  const lint = config?.data.lint ?? {};
  const baseDir = config?.dir ?? cwd;
  const extendsList = lint.extends ?? [RECOMMENDED];
  const mode = extendsList.includes(ALL) ? 'all' : 'recommended';
  const strict = extendsList.includes(STRICT);
  const foreign = extendsList.filter((e) => e !== ALL && e !== RECOMMENDED && e !== STRICT);
  const overrides = (lint.overrides ?? []).map((o, i) => ({
    files: o.files,
    rules: o.rules,
    paths: o.paths?.map((p, j) => {
      try {
        return parseLocation(p);
      } catch (error) {
        const where = config ? config.rangeOf(['lint', 'overrides', i, 'paths', j]).start : undefined;
        throw new InputError(`lint.overrides[${i}].paths[${j}]: ${(error as Error).message}`, {
          file: config?.file,
          line: where ? where.line + 1 : undefined,
          column: where ? where.character + 1 : undefined,
        });
      }
    }),
  }));
  return {
    mode,
    strict,
    rules: lint.rules ?? {},
    overrides,
    rulesets: [...foreign, ...(lint.rulesets ?? [])],
    ignore: lint.ignore ?? [],
    baseDir,
  };
}

/** `true` means "on at the rule's default severity"; `false` means off. */
function apply(setting: RuleSetting, defaultSeverity: Severity): Severity | 'off' {
  if (setting === true) return defaultSeverity;
  if (setting === false || setting === 'off') return 'off';
  return setting;
}

export interface RuleDefaults {
  severity: Severity;
  /** Not part of apigw:recommended. */
  notRecommended?: boolean;
}

/** The severity a finding ends with, or 'off'. `defaults` describes apigw rules; other codes keep their own severity. */
export function effectiveSeverity(
  finding: Pick<Finding, 'code' | 'severity' | 'source' | 'path'>,
  settings: LintSettings,
  defaults: RuleDefaults | undefined,
): Severity | 'off' {
  let base = defaults?.severity ?? finding.severity;
  if (settings.strict && base === 'info' && CONFORMANCE_CODES.has(finding.code)) base = 'warn';
  let severity: Severity | 'off' = defaults?.notRecommended && settings.mode === 'recommended' ? 'off' : base;
  if (finding.code in settings.rules) severity = apply(settings.rules[finding.code], base);
  const file = relative(settings.baseDir, finding.source).replace(/\\/g, '/');
  for (const o of settings.overrides) {
    if (!(finding.code in o.rules)) continue;
    if (o.files && !matchesAny(file, o.files)) continue;
    if (o.paths && !o.paths.some((p) => isWithin(finding.path as JsonPath, p))) continue;
    severity = apply(o.rules[finding.code], base);
  }
  return severity;
}

/** Rule ids that are off everywhere (not worth running). */
export function rulesOffEverywhere(ids: Iterable<[string, RuleDefaults]>, settings: LintSettings): Set<string> {
  const off = new Set<string>();
  for (const [id, d] of ids) {
    const baseOff = d.notRecommended && settings.mode === 'recommended';
    const setting = settings.rules[id];
    const globallyOff = setting === undefined ? baseOff : setting === 'off' || setting === false;
    const reenabled = settings.overrides.some((o) => id in o.rules && o.rules[id] !== 'off' && o.rules[id] !== false);
    if (globallyOff && !reenabled) off.add(id);
  }
  return off;
}
