/**
 * REST or HTTP API, as rules see it. Detection lives in src/definition/api-type.ts; `apigw lint
 * --api-type` / apigw.yaml set an override before Spectral runs. Plain Spectral users get detection only.
 */
import { detectFlavour, type Flavour } from '../../src/definition/api-type.js';

export { detectFlavour, type Flavour, type FlavourDecision } from '../../src/definition/api-type.js';

let override: Flavour | undefined;

/** Set by `apigw lint` from --api-type or apigw.yaml `api.type`; undefined restores detection. */
export function setFlavourOverride(value: Flavour | undefined): void {
  override = value;
}

export function flavourOf(doc: unknown): Flavour {
  return override ?? detectFlavour(doc).type;
}
