/**
 * What a rule needs to know about the run and cannot read from the document: the API type (the
 * user may declare it: `--api-type`, apigw.yaml `api.type`) and the REST endpoint type (apigw.yaml
 * `api.endpointType`). `apigw lint` hands it to every rule function as a Spectral function option
 * (so each run carries its own, and two runs at once cannot see each other's); plain Spectral
 * users get detection from the document instead.
 */
import { detectFlavour, type Flavour } from '../../src/definition/api-type.js';
import { endpointTypeFromDocument, type EndpointType } from '../../src/definition/endpoint-type.js';

export interface RuleRunContext {
  /** The API type the run decided (flag, apigw.yaml or detection). */
  apiType: Flavour;
  /** The REST endpoint type the user declared, if any. */
  endpointType?: EndpointType;
}

/** The function option that carries the run context (a name no Spectral function uses). */
export const RUN_CONTEXT_OPTION = 'apigwRun';

/** The run context from a rule function's options, if the engine passed one. */
export function runContextOf(options: unknown): RuleRunContext | undefined {
  const value = (options as Record<string, unknown> | null | undefined)?.[RUN_CONTEXT_OPTION];
  return value && typeof value === 'object' ? (value as RuleRunContext) : undefined;
}

/** What a rule sees: the run's context, or what the document alone tells (plain Spectral). */
export interface RuleSees {
  flavour: Flavour;
  /** Declared, else PRIVATE when the document lists VPC endpoint ids; undefined when unknown. */
  endpointType: EndpointType | undefined;
  /** Only what the user declared. */
  declaredEndpointType: EndpointType | undefined;
}

const detected = new WeakMap<object, Flavour>();

/** Detection runs once per document, not once per rule call. */
function detectedFlavour(root: unknown): Flavour {
  if (!root || typeof root !== 'object') return detectFlavour(root).type;
  let type = detected.get(root);
  if (!type) detected.set(root, (type = detectFlavour(root).type));
  return type;
}

export function ruleSees(options: unknown, root: unknown): RuleSees {
  const run = runContextOf(options);
  return {
    flavour: run?.apiType ?? detectedFlavour(root),
    endpointType: run?.endpointType ?? endpointTypeFromDocument(root),
    declaredEndpointType: run?.endpointType,
  };
}

/** Does the document, as detected, have this API type? For plain Spectral, as a rule format. */
export function hasDetectedFlavour(root: unknown, flavour: Flavour): boolean {
  return detectedFlavour(root) === flavour;
}
