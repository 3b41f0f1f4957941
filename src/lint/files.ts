/**
 * `apigw lint` over several files for the CLI: picks them (arguments, else apigw.yaml's spec),
 * skips ignored ones, loads and lints each (one bad file does not hide the others' findings), and
 * checks apigw.yaml once.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { ApigwError, NotAnApiError, SetupError } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { readBoundedBytes } from '../definition/read.js';
import type { ApiFlavour, LoadedSpec, ReadLimits } from '../definition/types.js';
import { matchesAny } from './glob.js';
import { RULESET_MAX_BYTES } from './ruleset-trust.js';

export interface LintFilesOptions {
  apiType?: ApiFlavour;
  configPath?: string;
  /** `--ruleset` values (paths relative to the cwd, or package names). */
  rulesets?: string[];
  /**
   * Skip files the loader finds hold no API definition (pre-commit hands over every YAML/JSON file):
   * decided from the parsed document (NotAnApiError), so a late `openapi` key still counts and a
   * `swagger:` service in a compose file does not.
   */
  ignoreUnknown?: boolean;
  /** `--cache`: reuse a file's findings while it, the files it `$ref`s, the settings and apigw are unchanged. */
  cache?: boolean;
  /**
   * `--profile openapi`: OpenAPI conformance findings as warnings, as `extends: [apigw:strict]` does
   * (for documents other OpenAPI tools read too); `api-gateway` (default): what matters on API Gateway.
   */
  profile?: 'api-gateway' | 'openapi';
  cwd?: string;
  /** `--root`: more folders `$ref`s may read from (relative to `cwd`). */
  roots?: string[];
  limits?: ReadLimits;
  /** `--allow-code-rulesets`: JavaScript rulesets, custom functions and npm packages may run. */
  allowCodeRulesets?: boolean;
}

export interface LintFilesOutcome {
  findings: Finding[];
  files: string[];
  notes: string[];
  /** Files --ignore-unknown skipped, each `file: skipped (why)` (shown under --verbose). */
  skipped: string[];
  unreadable: boolean;
  /** Every file the outcome depends on (definitions, `$ref`'d files, apigw.yaml): the run cache's deps. */
  inputs: string[];
}

export async function lintFiles(args: string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  const cwd = options.cwd ?? process.cwd();
  // Start loading the engine's modules now, not one after the other as each step needs them: module
  // files are read while the steps before run (in a pre-commit hook start-up is most of the time).
  // A failure surfaces where the module is awaited below.
  Promise.all([
    import('../definition/definitions.js'),
    import('../definition/load.js'),
    import('../validate/index.js'),
    import('../validate/structure.js'),
    import('../definition/json-schema.js').then((m) => m.loadCompiledSchemas()),
    import('./spectral.js'),
  ]).catch(() => undefined);
  const { loadProjectConfig, specFilesFor } = await import('../config/load.js');
  const config = await loadProjectConfig(options.configPath, cwd);
  const { settingsFrom, lintSpec, applySettings } = await import('./index.js');
  const { rulesOffEverywhere } = await import('./settings.js');
  const settings = settingsFrom(config, cwd);
  if (options.profile === 'openapi') settings.strict = true;
  const requested = specFilesFor(args, config, cwd);
  // --ruleset paths are relative to the cwd; anything not found there is tried as an npm package.
  const rulesets = (options.rulesets ?? []).map((r) => (existsSync(resolve(cwd, r)) ? resolve(cwd, r) : r));

  const { trustFrom } = await import('./ruleset-trust.js');
  // lint.allowRemote counts only in a config the user named: one found in the repository is the repository's say.
  const trust = trustFrom({
    allowCode: options.allowCodeRulesets,
    allowRemote: options.configPath !== undefined && config?.data.lint?.allowRemote === true,
  });
  const { loadDefinitions } = await import('../definition/definitions.js');
  const { describeSpec, extraRoots } = await import('../validate/files.js');
  const { rootsFor } = await import('../definition/confine.js');
  const widened = extraRoots(config && dirname(config.file), options.roots, cwd);
  const outcome: LintFilesOutcome = { findings: [], files: [], notes: [], skipped: [], unreadable: false, inputs: [] };
  const inputs = new Set<string>(requested);
  if (config) inputs.add(config.file);
  const specs: LoadedSpec[] = [];
  const cache = options.cache ? await openCache(cwd) : undefined;
  let rules: Awaited<ReturnType<typeof import('./registry.js').ruleMap>> | undefined;
  const ruleMapOnce = async () => (rules ??= await (await import('./registry.js')).ruleMap());
  for (const file of requested) {
    const shown = relative(cwd, file) || file;
    if (settings.ignore.length > 0 && matchesAny(relative(settings.baseDir, file), settings.ignore)) {
      outcome.notes.push(`${shown}: skipped (lint.ignore)`);
      continue;
    }
    try {
      const loaded = await loadDefinitions(file, {
        apiType: options.apiType ?? config?.data.api?.type,
        danglingRefs: 'report',
        roots: rootsFor(file, widened),
        ...options.limits,
      });
      // A CloudFormation template without an API resource holds nothing apigw checks.
      if (loaded.template && loaded.template.apis.length === 0) {
        if (options.ignoreUnknown) outcome.skipped.push(`${shown}: skipped (a template without an API resource)`);
        else outcome.notes.push(`${shown}: a CloudFormation template without an API resource (nothing to check)`);
        continue;
      }
      outcome.notes.push(...loaded.notes.map((n) => `${shown}: ${n}`));
      if (loaded.problems.length > 0)
        outcome.findings.push(...applySettings(loaded.problems, settings, await ruleMapOnce()));
      if (loaded.template) {
        outcome.files.push(loaded.file);
        const { checkTemplate } = await import('./template-rules/index.js');
        const rules = await ruleMapOnce();
        const disabled = rulesOffEverywhere(
          [...rules].filter(([, r]) => r.kind === 'template'),
          settings,
        );
        outcome.findings.push(
          ...applySettings(
            checkTemplate(loaded.template.template, disabled, loaded.template.intrinsics),
            settings,
            rules,
          ),
        );
        outcome.notes.push(
          ...loaded.template.apis
            .filter((a) => a.place.how === 'resources' && a.protocol === 'websocket')
            .map((a) =>
              a.type === 'AWS::Serverless::WebSocketApi'
                ? `${shown}: ${a.logicalId}: WebSocket API (the routes, integrations and authorizer SAM generates from it)`
                : `${shown}: ${a.logicalId}: WebSocket API built from the template's resources`,
            ),
        );
      }
      if (loaded.template) inputs.add(loaded.file);
      for (const spec of loaded.specs) {
        for (const f of spec.files.keys()) inputs.add(f);
        specs.push(spec);
        if (!loaded.template) outcome.files.push(spec.rootFile);
        outcome.notes.push(describeSpec(spec.rootFile, spec.versionText, spec.flavour, spec.origin));
        // Without apigw.yaml stages, the template's own Stage/UsagePlan resources are the stages checked.
        if (loaded.template && !config?.data.stages) {
          const { checkTemplateStages } = await import('./template-config.js');
          const staged = await checkTemplateStages(loaded.template.template, spec);
          outcome.findings.push(...applySettings(staged, settings, await ruleMapOnce()));
        }
        if (!cache) {
          outcome.findings.push(...(await lintSpec(spec, { config, settings, rulesets, trust })));
          continue;
        }
        // The file is still loaded (cheap; apigw.yaml's rules need it): the cache skips validation and Spectral.
        const key = cache.keyFor(
          spec,
          JSON.stringify([
            settings,
            rulesets.map(rulesetFingerprint),
            spec.flavour.type,
            config?.data.api,
            config?.data.stages,
            spec.origin,
          ]),
        );
        const cached = cache.store.get(key);
        if (cached) {
          outcome.findings.push(...cached);
          continue;
        }
        const findings = await lintSpec(spec, { config, settings, rulesets, trust });
        cache.store.set(
          key,
          findings,
          [...spec.files.keys()].filter((f) => f !== spec.rootFile),
        );
        outcome.findings.push(...findings);
      }
    } catch (error) {
      if (options.ignoreUnknown && error instanceof NotAnApiError) {
        outcome.skipped.push(`${shown}: skipped (${error.message})`);
        continue;
      }
      // A ruleset that does not load fails every file alike: one message, and the run ends.
      if (!(error instanceof ApigwError) || error instanceof SetupError) throw error;
      process.stderr.write(`apigw: ${error.line}\n`);
      outcome.unreadable = true;
    }
  }
  if (config && (specs.length > 0 || args.length === 0)) {
    const [{ checkConfig }, { ruleMap }] = await Promise.all([
      import('./config-rules/index.js'),
      import('./registry.js'),
    ]);
    outcome.findings.push(...applySettings(checkConfig(config, specs), settings, await ruleMap()));
    outcome.files.push(config.file);
  }
  const { compareFindings } = await import('../core/finding.js');
  outcome.findings.sort(compareFindings);
  outcome.inputs = [...inputs];
  return outcome;
}

/** The cache store and how a loaded file becomes a key (content + ruleset + engine). */
async function openCache(
  cwd: string,
): Promise<{ store: import('./cache.js').LintCache; keyFor(spec: LoadedSpec, ruleset: string): string }> {
  const { LintCache, defaultCacheDir, engineFingerprint } = await import('./cache.js');
  const { version } = await import('../core/version.js');
  const { fileURLToPath } = await import('node:url');
  // From sources the version stays put while rules change: the rules' and engine's mtimes join the key.
  const engine = engineFingerprint(version(), [
    fileURLToPath(new URL('../../rules', import.meta.url)),
    fileURLToPath(new URL('.', import.meta.url)),
  ]);
  const store = new LintCache({ dir: defaultCacheDir(cwd) });
  return {
    store,
    keyFor: (spec, ruleset) =>
      LintCache.key({ file: spec.rootFile, content: spec.files.get(spec.rootFile)!.text, ruleset, engine }),
  };
}

/** A user ruleset is part of the key by its text when it is a file, by its name when it is a package. */
function rulesetFingerprint(ruleset: string): string {
  try {
    return `${ruleset}\u0000${readBoundedBytes(ruleset, RULESET_MAX_BYTES, 'a ruleset file').toString('utf8')}`;
  } catch {
    return ruleset;
  }
}
