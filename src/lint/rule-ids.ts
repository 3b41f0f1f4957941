/**
 * apigw.yaml `lint.rules` / `lint.overrides[].rules` name rules by id; a mistyped id would leave
 * the rule on without a word. Unknown ids are a setup error (exit 2) at the id's line, with the
 * closest known id.
 */
import { SetupError } from '../core/errors.js';
import { CONFIG_MAX_BYTES } from '../config/load.js';
import type { ProjectConfig } from '../config/types.js';
import { readBoundedText } from '../definition/read.js';
import { closest } from '../core/suggest.js';

/**
 * Throws at the first unknown id. `ruleIds` are every id of the registry (`allRules()`: lint rules,
 * apigw.yaml checks, template rules and validate's codes, whose severity lint.rules may set too). With user rulesets in play their rule ids cannot be known
 * without loading them, so only ids in apigw's own namespace (`apigw-*`) are checked then.
 */
export function checkRuleIds(
  config: ProjectConfig | undefined,
  ruleIds: Iterable<string>,
  hasUserRulesets: boolean,
): void {
  const lint = config?.data.lint;
  if (!config || !lint) return;
  const known = [...new Set(ruleIds)];
  const knownSet = new Set(known);
  const places: Array<{ id: string; path: (string | number)[]; where: string }> = [];
  for (const id of Object.keys(lint.rules ?? {})) places.push({ id, path: ['lint', 'rules', id], where: 'lint.rules' });
  (lint.overrides ?? []).forEach((o, i) => {
    for (const id of Object.keys(o.rules ?? {}))
      places.push({ id, path: ['lint', 'overrides', i, 'rules', id], where: `lint.overrides[${i}].rules` });
  });
  for (const { id, path, where } of places) {
    if (knownSet.has(id) || (hasUserRulesets && !id.startsWith('apigw-'))) continue;
    const hit = closest(id, known);
    const { line, column } = keyPosition(config, path, id);
    throw new SetupError(
      `${where}: unknown rule '${id}'${hit ? ` (did you mean '${hit}'?)` : ''}; 'apigw rules' lists them`,
      { file: config.file, line, column },
    );
  }
}

/** Where the key `id` is written: config ranges point at values, and `off` sits after the id on its line. */
function keyPosition(config: ProjectConfig, path: (string | number)[], id: string): { line: number; column?: number } {
  const line = config.rangeOf(path).start.line;
  let text = '';
  try {
    text = readBoundedText(config.file, CONFIG_MAX_BYTES, 'apigw.yaml').split(/\r?\n/)[line] ?? '';
  } catch {
    /* the position without a column */
  }
  const at = text.indexOf(id);
  return { line: line + 1, column: at >= 0 ? at + 1 : undefined };
}
