/**
 * A document apigw writes from template resources, and where each of its nodes came from: a path
 * in the built document maps to the closest path in the template it was taken from.
 */
import type { JsonPath } from '../../core/finding.js';

interface Entry {
  built: JsonPath;
  template: JsonPath;
  /** The node was copied as written: paths below it are the same below the template node. */
  verbatim: boolean;
}

export class PositionMap {
  private readonly entries: Entry[] = [];

  constructor(private readonly fallback: JsonPath) {}

  /** `built` was taken from `template` (a renamed or converted value). */
  set(built: JsonPath, template: JsonPath): void {
    this.entries.push({ built, template, verbatim: false });
  }

  /** `built` is a copy of the node at `template`: its children map one to one. */
  copy(built: JsonPath, template: JsonPath): void {
    this.entries.push({ built, template, verbatim: true });
  }

  toTemplate(path: JsonPath): JsonPath {
    let best: Entry | undefined;
    for (const e of this.entries) {
      if (e.built.length > path.length || (best && e.built.length <= best.built.length)) continue;
      if (e.built.every((s, i) => String(path[i]) === String(s))) best = e;
    }
    if (!best) return this.fallback;
    return best.verbatim ? [...best.template, ...path.slice(best.built.length)] : best.template;
  }
}
