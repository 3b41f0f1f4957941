/**
 * Runs Spectral with the apigw ruleset (plus the user's rulesets) on the loader's parse: the
 * ParsedDocument wraps `SourceFile.parserResult`, so no file is parsed twice. Spectral and the
 * ruleset are imported lazily and built once per set of rule choices and run context (a pre-commit
 * run lints several files with one instance). Nothing here is shared between two runs but that cache.
 */
import { createRequire } from 'node:module';
import Core, { type Ruleset, type Spectral } from '@stoplight/spectral-core';
import { locatorFor } from '../definition/positions.js';
import { encodePointerUriFragment } from '@stoplight/json';
import { cjsExports } from '../core/interop.js';
import { ApigwError, SetupError } from '../core/errors.js';
import { emptyRange, severityFromNumber, type Finding, type JsonPath } from '../core/finding.js';
import type { LoadedSpec, SourceFile } from '../definition/types.js';
import type { RuleRunContext } from '../../rules/lib/run-context.js';

/** Built rulesets by rule choices and run context; a few, for a mix of REST and HTTP files or library callers. */
const cached = new Map<string, Ruleset[]>();
const CACHE_SIZE = 4;

export interface SpectralSetup {
  /** apigw rule ids not to run. */
  disabled: Set<string>;
  /** User Spectral ruleset files (absolute) or package names. */
  userRulesets: string[];
  /** Where package names and relative ruleset paths are resolved from. */
  baseDir: string;
  /** API type and endpoint type, handed to every apigw rule (default: the loader's API type). */
  run?: RuleRunContext;
  /** May a user ruleset run code or be fetched (default: from the environment only; see ruleset-trust.ts). */
  trust?: import('./ruleset-trust.js').RulesetTrust;
}

/**
 * Ours first, then one instance per user ruleset, so each keeps its own formats and overrides.
 * Ours reads the loader's resolved view; user rulesets get Spectral's resolver (see loader-resolver.ts).
 */
async function buildSpectral(setup: SpectralSetup, spec: LoadedSpec): Promise<Spectral[]> {
  const [ours, ...theirs] = await buildRulesets(setup, setup.run ?? { apiType: spec.flavour.type });
  const { loaderResolver } = await import('./loader-resolver.js');
  const instance = (resolver: unknown, ruleset: Ruleset): Spectral => {
    const spectral = new Core.Spectral({ resolver: resolver as never });
    spectral.setRuleset(ruleset);
    return spectral;
  };
  const resolver = theirs.length > 0 ? await userRulesetResolver(spec.files) : undefined;
  return [instance(loaderResolver(spec, encodePointerUriFragment), ours!), ...theirs.map((r) => instance(resolver, r))];
}

/** Spectral's json-ref-resolver, reading the files the loader read (never the disk or the network). */
async function userRulesetResolver(files: Map<string, SourceFile>): Promise<unknown> {
  const { Resolver } = cjsExports(await import('@stoplight/spectral-ref-resolver'));
  return new Resolver({
    resolvers: {
      file: {
        resolve: async (ref: { href(): string; path(): string }) => {
          const file = files.get(decodeURIComponent(ref.path())) ?? files.get(ref.href());
          if (!file) throw new Error(`${ref.href()} was not loaded`);
          return file.text;
        },
      },
      // The loader reports remote $refs; API Gateway does not fetch them, and neither does lint.
      http: { resolve: async () => Promise.reject(new Error('remote $ref not followed')) },
      https: { resolve: async () => Promise.reject(new Error('remote $ref not followed')) },
    },
  });
}

/** Built once per set of rule choices and run context: constructing a Ruleset validates it, which is not free. */
async function buildRulesets(setup: SpectralSetup, run: RuleRunContext): Promise<Ruleset[]> {
  const { trustFrom } = await import('./ruleset-trust.js');
  const trust = setup.trust ?? trustFrom();
  const key = JSON.stringify([
    [...setup.disabled].sort(),
    setup.userRulesets,
    setup.baseDir,
    run.apiType,
    run.endpointType ?? null,
    trust,
  ]);
  const hit = cached.get(key);
  if (hit) return hit;
  const [{ ruleset, apigwRules }, { spectralRules }] = await Promise.all([
    import('../../rules/ruleset.js'),
    import('../../rules/lib/rule.js'),
  ]);
  // apigw:recommended / apigw:all and the user's choices are already folded into `disabled`: run the rest
  // (those of the run's API type, each given the run context).
  const rules = Object.fromEntries(
    Object.entries(
      spectralRules(
        apigwRules.filter((r) => !setup.disabled.has(r.id)),
        run,
      ),
    ).map(([id, rule]) => [id, { ...rule, recommended: true }]),
  );
  // Marked as validated already (see scripts/bundle-patches.mjs): the bundled CLI skips re-checking it at every start.
  const rulesets = [new Core.Ruleset({ ...ruleset, rules, [Symbol.for('apigw.prevalidated')]: true } as never)];
  for (const entry of setup.userRulesets) rulesets.push(await loadUserRuleset(entry, setup.baseDir, trust));
  if (cached.size >= CACHE_SIZE) cached.delete(cached.keys().next().value!);
  cached.set(key, rulesets);
  return rulesets;
}

/** A user ruleset (YAML, JSON or JS file, or an npm package), bundled and loaded as Spectral's CLI does. */
async function loadUserRuleset(
  entry: string,
  baseDir: string,
  trust: import('./ruleset-trust.js').RulesetTrust,
): Promise<Ruleset> {
  const { resolve, isAbsolute } = await import('node:path');
  const { existsSync } = await import('node:fs');
  const { assertRulesetAllowed, guardedIo, remoteRefusal } = await import('./ruleset-trust.js');
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(entry) && !trust.remote) throw remoteRefusal(`Spectral ruleset '${entry}'`);
  let file = isAbsolute(entry) ? entry : resolve(baseDir, entry);
  const isPackage = !existsSync(file);
  if (isPackage) {
    try {
      file = createRequire(resolve(baseDir, 'apigw.yaml')).resolve(entry);
    } catch {
      throw new SetupError(
        `Spectral ruleset '${entry}' not found (looked for a file relative to ${baseDir} and for an npm package)`,
      );
    }
  }
  // Bundled with the CLI, so the Ruleset it returns is an instance of the same Spectral class.
  const { bundleAndLoadRuleset } = cjsExports(
    await import('@stoplight/spectral-ruleset-bundler/with-loader'),
  ) as unknown as {
    bundleAndLoadRuleset(file: string, io: { fs: unknown; fetch: unknown }): Promise<Ruleset>;
  };
  await assertRulesetAllowed(entry, file, isPackage, trust);
  const fs = await import('node:fs');
  try {
    return await bundleAndLoadRuleset(file, guardedIo(fs, trust));
  } catch (error) {
    if (error instanceof SetupError) throw error;
    throw new SetupError(`cannot load Spectral ruleset: ${rulesetErrorLine(error)}`, { file });
  }
}

/**
 * Spectral reports an invalid ruleset as an AggregateError with an empty message; its errors carry
 * the messages and the place in the ruleset (`rules.x.severity`).
 */
function rulesetErrorLine(error: unknown): string {
  const inner = (error as { errors?: unknown[] }).errors;
  const first = (Array.isArray(inner) && inner.length > 0 ? inner[0] : error) as { message?: string; path?: unknown };
  const message =
    String(first?.message ?? error)
      .split('\n')[0]!
      .trim() || 'invalid ruleset';
  const at = Array.isArray(first?.path) && first.path.length > 0 ? ` (at ${first.path.join('.')})` : '';
  const more =
    Array.isArray(inner) && inner.length > 1
      ? ` and ${inner.length - 1} more problem${inner.length > 2 ? 's' : ''}`
      : '';
  return `${message}${at}${more}`;
}

export async function runSpectral(spec: LoadedSpec, setup: SpectralSetup): Promise<Finding[]> {
  const instances = await buildSpectral(setup, spec);
  const root = spec.files.get(spec.rootFile);
  if (!root) throw new ApigwError(`internal: ${spec.rootFile} missing from the loaded files`);
  // Spectral.run wraps an IParsedResult in its own ParsedDocument (an instance made here would not pass its instanceof check).
  // A definition embedded in a template: its paths are placed through the view's map into the template.
  const locator = root.embedded
    ? (_parsed: unknown, path: JsonPath) => ({ range: root.rangeOf(path) })
    : (_parsed: unknown, path: JsonPath, closest?: boolean) =>
        locatorFor(root.parserResult as object, root.format)(path, closest);
  const document = { parsed: root.parserResult, getLocationForJsonPath: locator, source: root.path };
  const results = [];
  for (const spectral of instances)
    results.push(...(await spectral.run(document as never, { ignoreUnknownFormat: true })));
  const findings: Finding[] = [];
  for (const r of results) {
    // The loader already reported what the parser found (and rewrote CloudFormation short tags).
    if (r.code === 'parser') continue;
    findings.push({
      code: String(r.code),
      message: r.message,
      severity: severityFromNumber[r.severity] ?? 'error',
      path: r.path,
      source: r.source ?? root.path,
      range: r.range ?? emptyRange,
    });
  }
  return findings;
}
