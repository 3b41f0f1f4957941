/**
 * The definition test-template works on: the file's only one, or, in a template with several APIs,
 * the one named by `--api` or the only one with the requested path.
 */
import { InputError } from '../core/errors.js';
import type { LoadedDefinitions } from '../definition/definitions.js';
import type { LoadedSpec } from '../definition/types.js';

export function pickDefinition(loaded: LoadedDefinitions, path: string, api?: string): LoadedSpec {
  const { specs } = loaded;
  const named = (s: LoadedSpec) => s.origin?.logicalId ?? s.rootFile;
  if (api) {
    const hit = specs.find((s) => s.origin?.logicalId === api);
    if (!hit)
      throw new InputError(
        `no API '${api}' with a definition in this file (APIs: ${specs.map(named).join(', ') || 'none'})`,
        { file: loaded.file },
      );
    return hit;
  }
  if (specs.length === 1) return specs[0]!;
  if (specs.length === 0) {
    const problem = loaded.problems[0];
    throw new InputError(`no API definition apigw can read in this file${problem ? ` (${problem.message})` : ''}`, {
      file: loaded.file,
    });
  }
  const withPath = specs.filter(
    (s) => s.resolved?.paths && Object.prototype.hasOwnProperty.call(s.resolved.paths, path),
  );
  if (withPath.length === 1) return withPath[0]!;
  throw new InputError(
    `${withPath.length === 0 ? 'no API has' : 'several APIs have'} the path ${path} (APIs: ${specs.map(named).join(', ')}): pick one with --api LOGICAL_ID`,
    { file: loaded.file },
  );
}
