/**
 * Rules only a template can break: WebSocket APIs (which exist only as AWS::ApiGatewayV2
 * resources) and the stage/deployment resources around any API. Findings point into the template.
 */
import type { Finding, JsonPath } from '../../core/finding.js';
import type { Intrinsic, SourceFile } from '../../definition/types.js';
import type { Resources } from '../../definition/template/refs.js';
import { v2ApisOf, type V2Api } from '../../definition/template/v2-resources.js';
import deploymentDependsOnMethods from './deployment-depends-on-methods.js';
import integrationResponseDefaultTwice from './integration-response-default-twice.js';
import samInlineDefinitionOnly from './sam-inline-definition-only.js';
import stageCanaryPercent from './stage-canary-percent.js';
import stageMethodSettings from './stage-method-settings.js';
import stageMethodSettingsPath from './stage-method-settings-path.js';
import type { TemplateRule } from './types.js';
import wsApiKeySelectionExpression from './ws-api-key-selection-expression.js';
import wsAuthorizerConnectOnly from './ws-authorizer-connect-only.js';
import wsContextVariable from './ws-context-variable.js';
import wsIntegrationMethod from './ws-integration-method.js';
import wsIntegrationTimeout from './ws-integration-timeout.js';
import wsModelSelection from './ws-model-selection.js';
import wsRequestModelsUnused from './ws-request-models-unused.js';
import wsRouteKey from './ws-route-key.js';
import wsRouteResponse from './ws-route-response.js';
import wsRouteSelectionExpression from './ws-route-selection-expression.js';
import wsTemplateSelection from './ws-template-selection.js';
import wsTemplateSyntax from './ws-template-syntax.js';

export type { TemplateRule, ApiType } from './types.js';

export const templateRules: TemplateRule[] = [
  stageMethodSettings,
  stageMethodSettingsPath,
  stageCanaryPercent,
  deploymentDependsOnMethods,
  integrationResponseDefaultTwice,
  wsRouteSelectionExpression,
  wsRouteKey,
  wsAuthorizerConnectOnly,
  wsRouteResponse,
  wsIntegrationMethod,
  wsIntegrationTimeout,
  wsTemplateSelection,
  wsContextVariable,
  wsTemplateSyntax,
  wsApiKeySelectionExpression,
  wsModelSelection,
  wsRequestModelsUnused,
  samInlineDefinitionOnly,
];

/** Every template rule not in `disabled`, over one template. */
export function checkTemplate(
  template: SourceFile,
  disabled: Set<string> = new Set(),
  intrinsics: readonly Pick<Intrinsic, 'path' | 'fn'>[] = [],
): Finding[] {
  const resources = (template.data as { Resources: Resources }).Resources;
  const v2Apis = v2ApisOf(resources);
  const subStrings = new Set(intrinsics.filter((i) => i.fn === 'Fn::Sub').map((i) => i.path.join('\u0000')));
  const out: Finding[] = [];
  for (const rule of templateRules) {
    if (disabled.has(rule.id)) continue;
    // As the Spectral rules' API type: a rule never sees a v2 API of a type it does not declare,
    // so a WebSocket rule cannot report on an HTTP API's routes and integrations (same resource types).
    const model = { resources, v2Apis: v2Apis.filter((api) => rule.apiTypes.includes(api.protocol)), subStrings };
    for (const [found, message] of rule.check(model)) {
      const path = writtenAt(found, v2Apis);
      out.push({
        code: rule.id,
        severity: rule.severity,
        message,
        path,
        source: template.path,
        range: template.rangeOf(path),
      });
    }
  }
  return out;
}

/** A path into a resource SAM generates (AWS::Serverless::WebSocketApi) -> the SAM property it comes from. */
function writtenAt(path: JsonPath, apis: V2Api[]): JsonPath {
  for (const api of apis)
    for (const { at, rename } of api.generated ?? []) {
      if (path.length !== at.length + 1 || !at.every((s, i) => s === path[i])) continue;
      const to = rename[String(path[at.length])];
      if (to) return to;
    }
  return path;
}
