import type { JsonPath } from '../../core/finding.js';
import { isIntrinsic, subString } from '../../definition/intrinsics.js';
import { parseTemplate } from '../../vtl/render.js';
import { webSocketTemplateMaps, type TemplateRule } from './types.js';

/**
 * WebSocket mapping templates are VTL as REST ones are (DG websocket-api-data-transformations,
 * apigateway-websocket-api-mapping-template-reference), read by the same parser as
 * apigw-template-syntax (REST): a template that does not parse cannot be rendered for any message.
 */
const rule: TemplateRule = {
  id: 'apigw-ws-template-syntax',
  category: 'websocket',
  severity: 'error',
  description:
    'A WebSocket request or response template is not valid VTL (Velocity): API Gateway cannot render it for any message.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/websocket-api-data-transformations.html',
  apiTypes: ['websocket'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const map of webSocketTemplateMaps(model)) {
      const templates = map.templates;
      if (!templates || typeof templates !== 'object' || Array.isArray(templates) || isIntrinsic(templates)) continue;
      for (const [key, body] of Object.entries(templates as Record<string, unknown>)) {
        const at: JsonPath = [...map.at, key];
        const text = asApiGatewaySeesIt(body, model.subStrings?.has(at.join('\u0000')) ?? false);
        if (text === undefined) continue;
        const result = parseTemplate(text);
        if (result.ok) continue;
        out.push([
          at,
          `${result.message} [template line ${result.line}, column ${result.column}]: API Gateway cannot render this template, so every message that selects it fails; fix the VTL`,
        ]);
      }
    }
    return out;
  },
};
export default rule;

/**
 * The text API Gateway receives. In a `Fn::Sub` CloudFormation fills `${Name}` and turns `${!x}` into
 * `${x}` first; each placeholder becomes a reference as long as it, so columns still match.
 */
function asApiGatewaySeesIt(body: unknown, shortSub: boolean): string | undefined {
  const sub = shortSub || (isIntrinsic(body) && 'Fn::Sub' in body);
  const text = subString(body);
  if (typeof text !== 'string') return undefined; // computed by another intrinsic: not known offline
  if (!sub) return text;
  // A reference of the same length stands for a value in a directive's arguments and for text elsewhere.
  return text.replace(/\$\{(?!!)[^}]*\}/g, (m) => `$${'x'.repeat(m.length - 1)}`).replace(/\$\{!/g, '${');
}
