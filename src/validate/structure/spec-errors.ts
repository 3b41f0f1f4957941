/**
 * swagger-parser's Swagger 2.0 semantic checks (duplicate parameters, path placeholders, response
 * codes, ...) stop at the first problem and name the place inside the message, as
 * `/paths<template>/<method>[/responses/<code>|/parameters/<name>]` or `/definitions/<name>`
 * (not JSON-pointer escaped). This finds the longest such place in the document that the
 * message mentions.
 */
import { APIGW_METHODS } from '../../definition/methods.js';
import { valueAt } from './ajv-errors.js';

export function locateSpecMessage(message: string, doc: Record<string, unknown>): (string | number)[] {
  const candidates: { text: string; path: (string | number)[] }[] = [];
  const paths = (doc.paths ?? {}) as Record<string, Record<string, unknown> | undefined>;
  for (const [template, item] of Object.entries(paths)) {
    candidates.push({ text: `/paths${template}`, path: ['paths', template] });
    if (!item || typeof item !== 'object') continue;
    for (const method of APIGW_METHODS) {
      const op = item[method] as Record<string, unknown> | undefined;
      if (!op || typeof op !== 'object') continue;
      const base = ['paths', template, method];
      candidates.push({ text: `/paths${template}/${method}`, path: base });
      for (const code of Object.keys((op.responses ?? {}) as object)) {
        candidates.push({ text: `/paths${template}/${method}/responses/${code}`, path: [...base, 'responses', code] });
      }
      const params = Array.isArray(op.parameters) ? (op.parameters as { name?: unknown }[]) : [];
      params.forEach((param, i) => {
        if (param && typeof param.name === 'string')
          candidates.push({
            text: `/paths${template}/${method}/parameters/${param.name}`,
            path: [...base, 'parameters', i],
          });
      });
    }
  }
  for (const name of Object.keys((doc.definitions ?? {}) as object))
    candidates.push({ text: `/definitions/${name}`, path: ['definitions', name] });

  // "Duplicate operation id 'x'": the second operation carrying it.
  const dup = /Duplicate operation id '([^']*)'/.exec(message);
  if (dup) {
    const ops = candidates.filter(
      (c) => c.path.length === 3 && (valueAt(doc, c.path) as { operationId?: unknown })?.operationId === dup[1],
    );
    if (ops.length > 1) return [...ops[1]!.path, 'operationId'];
  }

  let best: (string | number)[] = [];
  let bestLength = -1;
  for (const c of candidates) {
    // The place must end where the message's path ends (not inside a longer template).
    const at = message.indexOf(c.text);
    if (at === -1) continue;
    const next = message[at + c.text.length];
    if (next !== undefined && !/[\s,.)"']/.test(next)) continue;
    if (c.text.length > bestLength) {
      best = c.path;
      bestLength = c.text.length;
    }
  }
  return best;
}
