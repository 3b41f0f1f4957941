/**
 * Placeholder substitution before a push. Deploy tools fill `${AWS::Region}` (CloudFormation
 * `Fn::Sub` style) and `${name}` / `${var.name}` (Terraform `templatefile` style) in definitions;
 * API Gateway would store them literally, so apigw fills them from --var and apigw.yaml `vars`
 * and refuses to push anything left unresolved.
 *
 * Not placeholders, left alone: `${stageVariables.x}` (API Gateway's own syntax, resolved per
 * request), anything inside request/response mapping templates (VTL uses `${x}` itself), and
 * `${AWS::Region}` / `${AWS::AccountId}` / `${AWS::Partition}` when no value is given, because the
 * importer substitutes those itself (DG: api-gateway-import-api-aws-variables).
 */
import { ApigwError, ExitCode } from '../core/errors.js';
import { isIntrinsic } from '../definition/intrinsics.js';

const PLACEHOLDER = /\$\{([^}]+)\}/g;
const IMPORTER_VARIABLES = new Set(['AWS::AccountId', 'AWS::Partition', 'AWS::Region']);
const TEMPLATE_KEYS = new Set(['requestTemplates', 'responseTemplates']);

export interface Unresolved {
  name: string;
  /** JSON path in the bundled document, printed as `paths./pets.get...`. */
  path: (string | number)[];
}

export interface SubstituteResult {
  document: unknown;
  /** Names actually substituted (for the plan; values are not printed). */
  used: string[];
  unresolved: Unresolved[];
}

function lookup(name: string, vars: Record<string, string>): string | undefined {
  if (Object.prototype.hasOwnProperty.call(vars, name)) return vars[name];
  // Terraform writes `${var.name}`; accept the bare name from --var/apigw.yaml for it.
  if (name.startsWith('var.') && Object.prototype.hasOwnProperty.call(vars, name.slice(4))) return vars[name.slice(4)];
  return undefined;
}

export function substitutePlaceholders(document: unknown, vars: Record<string, string>): SubstituteResult {
  const used = new Set<string>();
  const unresolved: Unresolved[] = [];

  const walk = (node: unknown, path: (string | number)[], inTemplate: boolean): unknown => {
    if (typeof node === 'string') {
      if (inTemplate) return node;
      return node.replace(PLACEHOLDER, (whole, raw: string) => {
        const name = raw.trim();
        if (name.startsWith('stageVariables.')) return whole;
        const value = lookup(name, vars);
        if (value !== undefined) {
          used.add(name);
          return value;
        }
        if (!IMPORTER_VARIABLES.has(name)) unresolved.push({ name, path });
        return whole;
      });
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, [...path, i], inTemplate));
    if (node !== null && typeof node === 'object') {
      if (isIntrinsic(node)) {
        unresolved.push({ name: Object.keys(node)[0], path });
        return node;
      }
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node))
        out[key] = walk(value, [...path, key], inTemplate || TEMPLATE_KEYS.has(key));
      return out;
    }
    return node;
  };

  const result = walk(document, [], false);
  return { document: result, used: [...used].sort(), unresolved };
}

/** Throws one line naming every unresolved placeholder (at most five places shown). */
export function refuseUnresolved(unresolved: Unresolved[], file: string): void {
  if (unresolved.length === 0) return;
  const names = [...new Set(unresolved.map((u) => u.name))];
  const places = unresolved
    .slice(0, 5)
    .map((u) => `${u.name} at ${u.path.join('.')}`)
    .join('; ');
  const more = unresolved.length > 5 ? `; and ${unresolved.length - 5} more` : '';
  throw new ApigwError(
    `unresolved placeholder${names.length > 1 ? 's' : ''} ${names.map((n) => `\${${n}}`).join(', ')} (${places}${more}): pass --var NAME=value or set vars in apigw.yaml`,
    { exitCode: ExitCode.usage, place: { file } },
  );
}

/** `NAME=value` flag values → a map; a malformed one is a usage error naming the flag. */
export function parseAssignments(values: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of values ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new ApigwError(`${flag} expects NAME=value, got '${item}'`, { exitCode: ExitCode.usage });
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}
