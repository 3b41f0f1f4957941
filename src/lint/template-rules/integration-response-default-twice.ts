import type { TemplateRule } from './types.js';

const DOC =
  'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html';

/**
 * DG api-gateway-integration-settings-integration-response: an integration response with no selection
 * pattern is the default one, used for any backend answer no pattern matches. A Method resource can
 * list several without a pattern (an OpenAPI `responses` map cannot: it has one `default` key); then
 * one answer has several defaults, and which one API Gateway uses is not documented. apigw reads the
 * first as the default (the other rules and test-template see that one).
 */
const rule: TemplateRule = {
  id: 'apigw-integration-response-default-twice',
  category: 'integration',
  severity: 'warn',
  description:
    'A Method resource with several IntegrationResponses without a SelectionPattern: each is the default response, and only one can be used.',
  awsSource: DOC,
  apiTypes: ['rest'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const [id, resource] of Object.entries(model.resources)) {
      if (resource?.Type !== 'AWS::ApiGateway::Method') continue;
      const integration = (resource.Properties as { Integration?: { IntegrationResponses?: unknown } } | undefined)
        ?.Integration;
      const list = integration?.IntegrationResponses;
      if (!Array.isArray(list)) continue;
      const defaults = list
        .map((r: unknown, i: number) => ({ r: r as Record<string, unknown> | null, i }))
        .filter(
          ({ r }) => r && typeof r === 'object' && (r.SelectionPattern === undefined || r.SelectionPattern === ''),
        );
      if (defaults.length < 2) continue;
      const [first, second, ...rest] = defaults;
      const status = (d: { r: Record<string, unknown> | null }) => String(d.r?.StatusCode ?? '?');
      const others = [second!, ...rest];
      out.push([
        ['Resources', id, 'Properties', 'Integration', 'IntegrationResponses', second!.i],
        `${others.length === 1 ? 'this integration response' : `integration responses ${others.map((d) => d.i).join(', ')}`} (status ${others.map(status).join(', ')}) ${others.length === 1 ? 'has' : 'have'} no SelectionPattern, like integration response ${first!.i} (status ${status(first!)}): each is the default response for every backend answer no pattern matches, so only one is used (which one is not documented) and the others' statuses are never returned. Give each the SelectionPattern of the answers it stands for (the backend status code, e.g. '4\\d{2}', or a Lambda error message regex)`,
      ]);
    }
    return out;
  },
};
export default rule;
