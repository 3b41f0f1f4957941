/**
 * REST or HTTP API, as rules see it. Rule functions only get the document, so detection lives here
 * (the same heuristics as src/spec/flavour.ts); `apigw lint --api-type` / apigw.yaml set an override
 * before Spectral runs. Plain Spectral users get detection only.
 */
export type Flavour = 'rest' | 'http';

let override: Flavour | undefined;

/** Set by `apigw lint` from --api-type or apigw.yaml `api.type`; undefined restores detection. */
export function setFlavourOverride(value: Flavour | undefined): void {
  override = value;
}

const HTTP_ONLY_ROOT = ['x-amazon-apigateway-cors', 'x-amazon-apigateway-importexport-version'];
const REST_ONLY_ROOT = [
  'x-amazon-apigateway-api-key-source',
  'x-amazon-apigateway-binary-media-types',
  'x-amazon-apigateway-documentation',
  'x-amazon-apigateway-gateway-responses',
  'x-amazon-apigateway-minimum-compression-size',
  'x-amazon-apigateway-policy',
  'x-amazon-apigateway-request-validators',
  'x-amazon-apigateway-request-validator',
];

export interface FlavourDecision {
  type: Flavour;
  reason: string;
}

/** Decides the flavour from the document alone; see the reasons for the order of the checks. */
export function detectFlavour(doc: unknown): FlavourDecision {
  const d = (doc ?? {}) as Record<string, any>;
  if (typeof d.swagger === 'string' || typeof d.swagger === 'number') {
    return { type: 'rest', reason: 'Swagger 2.0 document (HTTP APIs import OpenAPI 3.0 only)' };
  }
  for (const key of HTTP_ONLY_ROOT) if (key in d) return { type: 'http', reason: `root has ${key} (HTTP APIs only)` };
  if (d.components && typeof d.components === 'object' && 'x-amazon-apigateway-integrations' in d.components) {
    return { type: 'http', reason: 'components has x-amazon-apigateway-integrations (HTTP APIs only)' };
  }
  for (const key of REST_ONLY_ROOT) if (key in d) return { type: 'rest', reason: `root has ${key} (REST APIs only)` };
  for (const [path, item] of Object.entries((d.paths ?? {}) as Record<string, any>)) {
    if (path === '/$default' || item?.['x-amazon-apigateway-any-method']?.isDefaultRoute) {
      return { type: 'http', reason: `path ${path} is the $default route (HTTP APIs only)` };
    }
    for (const op of Object.values(item ?? {}) as any[]) {
      const integration = op?.['x-amazon-apigateway-integration'];
      if (!integration || typeof integration !== 'object') continue;
      if ('payloadFormatVersion' in integration) {
        return { type: 'http', reason: `${path} has an integration with payloadFormatVersion (HTTP APIs only)` };
      }
      if ('integrationSubtype' in integration) {
        return { type: 'http', reason: `${path} has an integration with integrationSubtype (HTTP APIs only)` };
      }
      for (const key of ['requestTemplates', 'responses', 'passthroughBehavior', 'contentHandling', 'cacheKeyParameters']) {
        if (key in integration) return { type: 'rest', reason: `${path} has an integration with ${key} (REST APIs only)` };
      }
    }
  }
  return { type: 'rest', reason: 'no HTTP-API-only feature found; REST is the default' };
}

const detected = new WeakMap<object, Flavour>();

/** The flavour rules use: the override, or detection (memoised per document: rules ask once per node). */
export function flavourOf(doc: unknown): Flavour {
  if (override) return override;
  if (doc === null || typeof doc !== 'object') return detectFlavour(doc).type;
  let type = detected.get(doc);
  if (!type) detected.set(doc, (type = detectFlavour(doc).type));
  return type;
}
