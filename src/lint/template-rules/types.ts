import type { JsonPath, Severity } from '../../core/finding.js';
import type { RuleCategory } from '../../../rules/lib/rule.js';
import type { Resources } from '../../definition/template/refs.js';
import type { V2Api } from '../../definition/template/v2-resources.js';

export type ApiType = 'rest' | 'http' | 'websocket';

/** What a template rule sees: the template's resources and its v2 APIs, linked by logical id. */
export interface TemplateModel {
  resources: Resources;
  v2Apis: V2Api[];
  /**
   * Paths (segments joined by NUL) of the strings written with the short `!Sub` tag: the YAML parser
   * keeps only the string in `resources` (the long form `{Fn::Sub: ...}` stays an object).
   */
  subStrings?: Set<string>;
}

/** A rule over the resources of a CloudFormation/SAM template; findings point into the template. */
export interface TemplateRule {
  id: string;
  category: RuleCategory;
  severity: Severity;
  description: string;
  awsSource: string;
  /** The API types the rule checks. */
  apiTypes: ApiType[];
  recommended?: boolean;
  /** Problems as [path inside the template, message]. */
  check(model: TemplateModel): Array<[JsonPath, string]>;
}

export const WS_ROUTES_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-develop-routes.html';
export const WS_SELECTION_DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-websocket-api-selection-expressions.html';

export const webSocketApis = (model: TemplateModel) => model.v2Apis.filter((a) => a.protocol === 'websocket');

/**
 * Every mapping-template map of the model's WebSocket APIs, with its path: integrations'
 * RequestTemplates, then integration responses' ResponseTemplates (the value as written; may be absent).
 */
export function webSocketTemplateMaps(model: TemplateModel): { at: JsonPath; templates: unknown }[] {
  return webSocketApis(model).flatMap((api) => [
    ...api.integrations.map((r) => ({ at: [...r.at, 'RequestTemplates'], templates: r.props.RequestTemplates })),
    ...api.integrationResponses.map((r) => ({
      at: [...r.at, 'ResponseTemplates'],
      templates: r.props.ResponseTemplates,
    })),
  ]);
}

export function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
