import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-template-selection';
const integration = (expression: string, key: string) =>
  `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationType: MOCK\n      TemplateSelectionExpression: ${expression}\n      RequestTemplates:\n        ${key}: '{"statusCode": 200}'\n`;

test(`${id}: a static expression that is no template key, and no $default template`, () => {
  assert.deepEqual(findings(id, wsTemplate(integration('\\$default', 'application/json'))), [
    [id, 14, 'Resources.Integ.Properties.TemplateSelectionExpression'],
  ]);
  assert.deepEqual(findings(id, wsTemplate(integration("'200'", 'application/json'))), [
    [id, 14, 'Resources.Integ.Properties.TemplateSelectionExpression'],
  ]);
});

test(`${id}: a matching key, a $default catch-all, or a variable expression pass`, () => {
  assert.deepEqual(findings(id, wsTemplate(integration('\\$default', '$default'))), []);
  assert.deepEqual(findings(id, wsTemplate(integration("'200'", "'200'"))), []);
  assert.deepEqual(findings(id, wsTemplate(integration('request.body.action', '$default'))), []);
  assert.deepEqual(findings(id, wsTemplate(integration('$request.body.kind', 'order'))), []);
});
