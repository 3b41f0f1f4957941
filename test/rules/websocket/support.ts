/** Runs the template rules over a WebSocket template written inline: [rule, 1-based line, path] per finding. */
import { checkTemplate } from '../../../src/lint/template-rules/index.js';
import { parseSource } from '../../../src/definition/parse.js';

/** An API `ChatApi` (WEBSOCKET, `$request.body.action`) plus `resources` (YAML under `Resources:`, indented 2). */
export function wsTemplate(resources: string, api = '      RouteSelectionExpression: $request.body.action\n'): string {
  return `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  ChatApi:\n    Type: AWS::ApiGatewayV2::Api\n    Properties:\n      Name: chat\n      ProtocolType: WEBSOCKET\n${api}${resources}`;
}

export function findings(ruleId: string, text: string): [string, number, string][] {
  const { file } = parseSource('/virtual/template.yaml', text);
  return checkTemplate(file)
    .filter((f) => f.code === ruleId)
    .map((f) => [f.code, f.range.start.line + 1, f.path.join('.')]);
}
