/**
 * `identitySource` syntax per API flavour and authorizer type (reference §2.3):
 * REST uses `method.request.header.X`-style expressions, HTTP uses `$request.header.X`.
 */
import { hasPlaceholder } from './apigw.js';
import type { Flavour } from '../../src/definition/api-type.js';

const NAME = '[A-Za-z0-9._$~!*+&^%#@`|-]+';
const REST_HEADER = new RegExp(`^method\\.request\\.header\\.${NAME}$`);
const REST_REQUEST = new RegExp(
  `^(method\\.request\\.(header|querystring|multivalueheader|multivaluequerystring|path)\\.${NAME}|stageVariables\\.${NAME}|context\\.${NAME})$`,
);
const HTTP_REQUEST = new RegExp(
  `^\\$(request\\.(header|querystring)\\.${NAME}|context\\.${NAME}|stageVariables\\.${NAME})$`,
);
const HTTP_JWT = new RegExp(`^\\$request\\.(header|querystring)\\.${NAME}$`);

/** The entries of a comma-separated identity source (an array is accepted, as CloudFormation writes it); undefined when not text. */
export function identitySourceEntries(source: unknown): string[] | undefined {
  if (typeof source === 'string')
    return source
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  if (Array.isArray(source) && source.every((s) => typeof s === 'string')) return source.map((s) => s.trim());
  return undefined;
}

/** Why the entries are wrong for this authorizer, or undefined. */
export function identitySourceProblem(entries: string[], type: string, flavour: Flavour): string | undefined {
  const checked = entries.filter((e) => !hasPlaceholder(e));
  if (flavour === 'rest') {
    if (type === 'token' || type === 'cognito_user_pools') {
      if (entries.length !== 1)
        return `A ${type} authorizer reads exactly one header; identitySource has ${entries.length} entries. Use method.request.header.{Name}.`;
      if (checked.length && !REST_HEADER.test(checked[0]))
        return (
          hint(checked[0], 'rest') ??
          `A ${type} authorizer's identitySource must be one header: method.request.header.{Name}, e.g. method.request.header.Authorization.`
        );
      return undefined;
    }
    if (type === 'request') {
      const bad = checked.find((e) => !REST_REQUEST.test(e));
      if (bad)
        return (
          hint(bad, 'rest') ??
          `"${bad}" is not a REST request-authorizer identity source; use method.request.header.{n}, method.request.querystring.{n}, stageVariables.{n} or context.{n}, separated by commas.`
        );
    }
    return undefined;
  }
  if (type === 'jwt') {
    if (entries.length !== 1)
      return `A JWT authorizer reads the token from exactly one place; identitySource has ${entries.length} entries. Use $request.header.Authorization.`;
    if (checked.length && !HTTP_JWT.test(checked[0]))
      return (
        hint(checked[0], 'http') ??
        `A JWT authorizer's identitySource must be one header or query parameter: $request.header.{Name} or $request.querystring.{name}.`
      );
    return undefined;
  }
  if (type === 'request') {
    const bad = checked.find((e) => !HTTP_REQUEST.test(e));
    if (bad)
      return (
        hint(bad, 'http') ??
        `"${bad}" is not an HTTP API identity source; use $request.header.{n}, $request.querystring.{n}, $context.{n} or $stageVariables.{n}, separated by commas.`
      );
  }
  return undefined;
}

/** Names the common mix-up of REST and HTTP syntax. */
function hint(entry: string, flavour: Flavour): string | undefined {
  if (flavour === 'rest' && entry.startsWith('$'))
    return `"${entry}" is HTTP API syntax; REST APIs write method.request.header.{Name}, method.request.querystring.{name}, stageVariables.{name} or context.{name} (no $).`;
  if (flavour === 'http' && /^(method\.request|stageVariables|context)\./.test(entry)) {
    return `"${entry}" is REST API syntax; HTTP APIs write $request.header.{Name}, $request.querystring.{name}, $context.{name} or $stageVariables.{name}.`;
  }
  return undefined;
}
