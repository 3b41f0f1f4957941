/**
 * A Spectral resolver that hands Spectral the loader's resolved view instead of resolving again.
 *
 * Spectral's own resolver (json-ref-resolver) re-walks the document, builds a dependency graph and
 * returns an immer-frozen tree. On Stripe's 4 MB definition that costs about 1.3 s, and the frozen
 * root makes nimma give up its zoned traversal and visit every node of the resolved tree for every
 * run (another 1.4 s). The loader has already resolved every `$ref` once; this resolver returns that
 * result plus the ref map Spectral needs to place findings back in the file a `$ref` points into.
 *
 * Only apigw's own ruleset runs on it: its `given` paths are narrow and its functions know that
 * recursive schemas are cycles. User rulesets keep Spectral's resolver (a `$..` path on a cyclic
 * graph would never end).
 */
import type { LoadedSpec, SourceFile } from '../definition/types.js';

interface ResolveOptions {
  parseResolveResult(opts: { targetAuthority: { href(): string }; result: unknown }): Promise<unknown>;
}

/** What Spectral's DocumentInventory reads from a resolve: the tree, errors and a graph of ref maps. */
interface ResolveResult {
  result: unknown;
  errors: never[];
  graph: { getNodeData(source: string): { refMap: Record<string, string> } };
}

export interface LoaderResolver {
  /** Spectral caches referenced documents per `uriCache` object; a fresh one per spec keeps runs apart. */
  uriCache: object;
  resolve(data: unknown, options: ResolveOptions): Promise<ResolveResult>;
}

export function loaderResolver(
  spec: LoadedSpec,
  encodeSegment: (segment: string | number) => string | number,
): LoaderResolver {
  return {
    uriCache: {},
    async resolve(_data, options) {
      const refMaps = new Map<string, Record<string, string>>();
      for (const file of spec.files.values()) {
        refMaps.set(file.path, refMapOf(file, encodeSegment));
        // Spectral places findings inside other files through documents it holds for them.
        if (file.path !== spec.rootFile)
          await options.parseResolveResult({ targetAuthority: { href: () => file.path }, result: file.text });
      }
      return {
        result: spec.resolved,
        errors: [],
        graph: { getNodeData: (source) => ({ refMap: refMaps.get(source) ?? {} }) },
      };
    },
  };
}

/**
 * `#/paths/~1pets/get/responses/200` -> the `$ref` written there, keyed as json-ref-resolver keys them.
 * Each distinct segment is encoded once: Spectral's encoder runs a Unicode regex with a callback
 * per character it escapes, and the 29,750 refs of 10,000 operations repeat a few hundred segments.
 */
function refMapOf(
  file: SourceFile,
  encodeSegment: (segment: string | number) => string | number,
): Record<string, string> {
  const encoded = new Map<string | number, string>();
  const map: Record<string, string> = {};
  for (const { ref, path } of file.refs) {
    let key = '#';
    for (const segment of path) {
      let text = encoded.get(segment);
      if (text === undefined) encoded.set(segment, (text = String(encodeSegment(segment))));
      key += '/' + text;
    }
    map[key] = ref;
  }
  return map;
}
