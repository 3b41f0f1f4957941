/**
 * The API Gateway flavoured Velocity engine, as a library.
 *
 * - `parseTemplate(text)`: VTL syntax check without rendering; 1-based line/column of the problem.
 * - `renderTemplate(text, input, options?)`: renders synchronously, exactly as API Gateway would
 *   (Java Velocity semantics, `$input`, `$util`, `$context`, `$stageVariables`), returning the output
 *   and the `$context.requestOverride`/`responseOverride` assignments. Throws `TemplateRenderError`
 *   (message, line, column) when the template fails or hits a limit.
 * - `syntheticInput(operation)`: a plausible request for an operation.
 * - Gateway behaviour around templates (selection, passthrough, parameter mapping, integration
 *   responses, MOCK): `./gateway/index.js`.
 */
export { parseTemplate, renderTemplate, TemplateRenderError } from './render.js';
export { syntheticInput, type OperationInfo } from './synthetic.js';
export { defaultLimits } from './engine.js';
export { defaultContext } from './context.js';
export type {
  ParseResult,
  RenderLimits,
  RenderOptions,
  RequestOverrides,
  ResponseOverride,
  TemplateInput,
  TemplateRequest,
  TemplateResult,
  IntegrationResponseInput,
  ParamValue,
} from './types.js';
