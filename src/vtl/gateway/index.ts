/** Gateway behaviour around templates, as library functions (see ./simulate.ts for the whole flow). */
export { selectRequestTemplate, mapRequestParameters, evaluateMappingSource, normalisePassthrough } from './request.js';
export type { PassthroughBehavior, RequestTemplateChoice, MappedParameters } from './request.js';
export { selectIntegrationResponse, selectResponseTemplate, mapResponseParameters } from './response.js';
export type { IntegrationResponseDef, SelectedResponse, ResponseTemplateChoice } from './response.js';
export { integrationKind, mockStatus, runRequestPhase, runResponsePhase, simulate } from './simulate.js';
export type { IntegrationDef, IntegrationKind, Invocation, RequestPhase, ResponsePhase } from './simulate.js';
