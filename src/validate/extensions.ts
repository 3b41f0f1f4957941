/**
 * `checkExtensions`: every `x-amazon-apigateway-*` extension of a loaded definition, checked where it
 * is written (placement), for the API flavour (REST or HTTP), and against its JSON Schema
 * (schemas/extensions/). Unknown names get a "did you mean". Rule ids:
 *   apigw-extension-unknown        warn   name is not a documented extension
 *   apigw-extension-placement      warn   documented extension in a place the importer does not read
 *   apigw-extension-flavour        warn   extension, field or value of the other API flavour (error for an
 *                                         HTTP-only value in a REST API, which the v1 enums reject)
 *   apigw-extension-schema         error  value breaks the documented shape (enum, range, required field)
 *   apigw-extension-unknown-field  warn   field not documented for this extension
 *   apigw-undecidable              info   value is a CloudFormation intrinsic or deploy-time placeholder
 *
 * Severity reasoning (reference §1.2): AWS documents no behaviour for misplaced extensions or unknown
 * fields, and HTTP imports report features they do not use as info/warnings, so none of these is an
 * import error; shapes that break the service's own enums/ranges/required fields are.
 */
import type { Finding, JsonPath, Severity } from '../core/finding.js';
import type { LoadedSpec } from '../definition/types.js';
import {
  EXTENSIONS,
  EXTENSION_NAMES,
  PLACE_LABEL,
  otherFlavourSchema,
  schemaFor,
  type ExtensionInfo,
} from './extensions/catalogue.js';
import { CODES, checkValue, render } from './extensions/schema-check.js';
import { closest } from '../core/suggest.js';
import { findExtensions, type Occurrence } from './extensions/walk.js';
import { isRefObject } from '../definition/refs.js';

export const EXTENSION_CODES = {
  ...CODES,
  unknown: 'apigw-extension-unknown',
  placement: 'apigw-extension-placement',
} as const;

const CATEGORY = 'extensions';

export function checkExtensions(spec: LoadedSpec): Finding[] {
  const out = new FindingSet(spec);
  for (const occurrence of findExtensions(spec.resolved, spec.version)) {
    const info = EXTENSIONS.get(occurrence.name);
    if (!info) {
      reportUnknown(out, occurrence);
      continue;
    }
    reportPlacement(out, spec, info, occurrence);
    if (!info.flavours.includes(spec.flavour.type)) {
      reportFlavour(out, spec, info, occurrence);
      continue;
    }
    checkSchema(out, spec, info, occurrence);
  }
  return out.list();
}

function reportUnknown(out: FindingSet, occurrence: Occurrence): void {
  const suggestion = closest(occurrence.name, EXTENSION_NAMES, 6);
  const hint = suggestion
    ? `did you mean ${suggestion}?`
    : `documented extensions: see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions.html`;
  out.add(
    EXTENSION_CODES.unknown,
    'warn',
    `${occurrence.name} is not an API Gateway extension; API Gateway ignores it (${hint})`,
    occurrence.path,
  );
}

function reportPlacement(out: FindingSet, spec: LoadedSpec, info: ExtensionInfo, occurrence: Occurrence): void {
  const places = info.places(spec.version);
  if (occurrence.place && places.includes(occurrence.place)) return;
  // Under a CloudFormation condition (`paths: {/x: {Fn::If: [cond, {...}, {...}]}}`) the place is only known once CloudFormation picks a branch.
  if (occurrence.path.some((segment) => typeof segment === 'string' && segment.startsWith('Fn::'))) return;
  const belongs = places.map((p) => PLACE_LABEL[p]).join(' or ');
  const here = occurrence.place ? PLACE_LABEL[occurrence.place] : occurrence.where;
  out.add(
    EXTENSION_CODES.placement,
    'warn',
    `${info.name} is not read at ${here}; it belongs in ${belongs}${placementHint(spec, info, occurrence)}`,
    occurrence.path,
  );
}

/** The usual reasons an extension ends up in the wrong place. */
function placementHint(spec: LoadedSpec, info: ExtensionInfo, occurrence: Occurrence): string {
  const parent = occurrence.path.slice(0, -1);
  if (
    info.name === 'x-amazon-apigateway-endpoint-configuration' &&
    spec.version === 'oas30' &&
    occurrence.place === 'root'
  ) {
    return ' (in OpenAPI 3.0 it goes inside a servers[] entry; at the root it is ignored)';
  }
  if (spec.version === 'oas30' && parent[0] === 'securityDefinitions') {
    return ' (securityDefinitions is Swagger 2.0; an OpenAPI 3.0 document declares security schemes under components.securitySchemes)';
  }
  if (parent[0] === 'paths' && parent.length === 3 && String(parent[2]).toLowerCase() === 'any') {
    return ` ('${parent[2]}' is not an OpenAPI method: write the ANY method as x-amazon-apigateway-any-method)`;
  }
  return '';
}

function reportFlavour(out: FindingSet, spec: LoadedSpec, info: ExtensionInfo, occurrence: Occurrence): void {
  const [uses, isNot] = info.flavours.includes('http') ? ['HTTP', 'a REST'] : ['REST', 'an HTTP'];
  const why = spec.flavour.explicit ? 'set by --api-type' : `detected: ${spec.flavour.reason}`;
  const note = info.flavourNote ? `; ${info.flavourNote}` : '';
  // tag-value is documented for HTTP APIs only; what the REST importer does with it is unconfirmed.
  const severity: Severity = info.name === 'x-amazon-apigateway-tag-value' ? 'info' : 'warn';
  const effect = severity === 'info' ? 'it is documented only for HTTP APIs' : 'API Gateway ignores it';
  out.add(
    EXTENSION_CODES.flavour,
    severity,
    `${info.name} is used only by ${uses} APIs, and this is ${isNot} API (${why}): ${effect}${note}`,
    occurrence.path,
  );
}

function checkSchema(out: FindingSet, spec: LoadedSpec, info: ExtensionInfo, occurrence: Occurrence): void {
  const flavour = spec.flavour.type;
  const check = (value: unknown, label: string, path: JsonPath, schema: string, otherSchema?: string) => {
    for (const i of checkValue({ label, value, schema, otherSchema, flavour }))
      out.add(i.code, i.severity, i.message, [...path, ...i.at]);
  };

  if (info.name === 'x-amazon-apigateway-integration') {
    // A $ref the loader could not follow (remote) is reported by the loader; nothing to check here.
    if (isRefObject(occurrence.value)) return;
    if (flavour === 'rest' && isRefObject(rawChild(spec, occurrence.path))) {
      out.add(
        EXTENSION_CODES.flavour,
        'warn',
        `${info.name} is a $ref: integrations shared by $ref are documented for HTTP APIs only, so a REST import may not resolve it; inline it (or bundle the definition before import)`,
        occurrence.path,
      );
    }
  }
  check(occurrence.value, info.name, occurrence.path, schemaFor(info, flavour), otherFlavourSchema(info, flavour));

  if (info.name === 'x-amazon-apigateway-integrations' && occurrence.value && typeof occurrence.value === 'object') {
    const integration = EXTENSIONS.get('x-amazon-apigateway-integration')!;
    for (const [name, value] of Object.entries(occurrence.value)) {
      if (!value || typeof value !== 'object' || isRefObject(value)) continue;
      check(
        value,
        render(info.name, [name]),
        [...occurrence.path, name],
        schemaFor(integration, flavour),
        otherFlavourSchema(integration, flavour),
      );
    }
  }
}

/** The child `key` of the node at `path`'s parent as written in its file (before $refs are followed). */
function rawChild(spec: LoadedSpec, path: JsonPath): unknown {
  const parent = spec.locate(path.slice(0, -1));
  let node: any = spec.files.get(parent.file)?.data;
  for (const s of parent.path) node = node?.[s];
  return node?.[path[path.length - 1]];
}

/**
 * Findings located through `spec.locate`, deduplicated: an integration shared through `$ref` is
 * checked once per operation but written once, so it is reported once.
 */
class FindingSet {
  private readonly seen = new Set<string>();
  private readonly findings: Finding[] = [];
  constructor(private readonly spec: LoadedSpec) {}

  /** Located at the node's value, as Spectral locates its results. */
  add(code: string, severity: Severity, message: string, path: JsonPath): void {
    const where = this.spec.locate(path);
    const range = where.range;
    // The label before the first space names the extension as reached (operation or component):
    // the same node reached both ways is one finding.
    const id = [code, where.file, where.path.join('\u0000'), message.replace(/^\S+/, '')].join('\u0001');
    if (this.seen.has(id)) return;
    this.seen.add(id);
    this.findings.push({ code, severity, message, path: where.path, source: where.file, range, category: CATEGORY });
  }

  list(): Finding[] {
    return this.findings;
  }
}
