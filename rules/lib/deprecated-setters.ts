/**
 * Before 0.2, `apigw lint` set the API type and endpoint type in module state around a run, and
 * plain Spectral users could call these setters too. Two runs at once then saw each other's
 * settings. The run context now reaches each rule as a function option (run-context.ts) and plain
 * Spectral detects the API type from the document. Kept as no-ops so code that calls them still
 * loads; removed at 1.0.
 */
import type { Flavour } from '../../src/definition/api-type.js';
import type { EndpointType } from '../../src/definition/endpoint-type.js';

/** @deprecated No effect: pass `apiType` to loadSpec (or `--api-type`); plain Spectral detects it. Removed at 1.0. */
export function setFlavourOverride(_value: Flavour | undefined): void {}

/** @deprecated No effect: pass `endpointType` to lintSpec (or apigw.yaml `api.endpointType`). Removed at 1.0. */
export function setEndpointTypeOverride(_value: EndpointType | undefined): void {}
