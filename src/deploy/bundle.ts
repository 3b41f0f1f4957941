/**
 * One self-contained document for PutRestApi/ImportRestApi: API Gateway never follows `$ref`s to
 * other files. References inside the entry file stay as they are (the importer resolves those);
 * references into other files are replaced by a copy of their target, itself bundled. A cycle
 * through other files cannot be inlined and is refused.
 */
import { ApigwError, ExitCode } from '../core/errors.js';
import { isIntrinsic, subString } from '../definition/intrinsics.js';
import { deref, isRefObject, parseRef } from '../definition/refs.js';
import type { LoadedSpec, SourceFile } from '../definition/types.js';

export function bundleSpec(spec: LoadedSpec): Record<string, unknown> {
  const lookup = (path: string): SourceFile | undefined => spec.files.get(path);
  const root = spec.rootFile;

  const copy = (node: unknown, file: string, chain: string[]): unknown => {
    if (node === null || typeof node !== 'object') return node;
    if (Array.isArray(node)) return node.map((item) => copy(item, file, chain));
    if (isRefObject(node)) {
      const target = parseRef(node.$ref, file);
      // Remote refs are left for the importer to reject (the loader already warned about them).
      if (!target) return { ...node };
      if (target.file === root && file === root) return { ...node };
      const hit = deref(target, lookup);
      if (!hit) {
        throw new ApigwError(`cannot bundle: $ref '${node.$ref}' in ${file} points at nothing`, {
          exitCode: ExitCode.usage,
          place: { file },
        });
      }
      // A ref into the entry file from another file can stay a local ref.
      if (hit.file === root)
        return { $ref: `#/${hit.path.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}` };
      const key = `${hit.file}#/${hit.path.join('/')}`;
      if (chain.includes(key)) {
        throw new ApigwError(
          `cannot bundle: circular $ref across files (${[...chain, key].join(' -> ')}); move the recursive schema into the entry file`,
          {
            exitCode: ExitCode.usage,
            place: { file },
          },
        );
      }
      return copy(hit.node, hit.file, [...chain, key]);
    }
    if (isIntrinsic(node)) {
      const sub = subString(node);
      if (typeof sub === 'string') return sub;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) out[key] = copy(value, file, chain);
    return out;
  };

  return copy(lookup(root)?.data ?? spec.raw, root, []) as Record<string, unknown>;
}
