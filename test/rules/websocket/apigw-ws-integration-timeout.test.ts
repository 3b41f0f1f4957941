import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, wsTemplate } from './support.js';

const id = 'apigw-ws-integration-timeout';
const integration = (timeout: string) =>
  `  Integ:\n    Type: AWS::ApiGatewayV2::Integration\n    Properties:\n      ApiId: !Ref ChatApi\n      IntegrationType: MOCK\n      TimeoutInMillis: ${timeout}\n`;

test(`${id}: above 29,000 or below 50`, () => {
  assert.deepEqual(findings(id, wsTemplate(integration('30000'))), [
    [id, 14, 'Resources.Integ.Properties.TimeoutInMillis'],
  ]);
  assert.deepEqual(findings(id, wsTemplate(integration('10'))), [
    [id, 14, 'Resources.Integ.Properties.TimeoutInMillis'],
  ]);
});

test(`${id}: 50 to 29,000 and intrinsics pass`, () => {
  assert.deepEqual(findings(id, wsTemplate(integration('29000'))), []);
  assert.deepEqual(findings(id, wsTemplate(integration('50'))), []);
  assert.deepEqual(findings(id, wsTemplate(integration('!Ref Timeout'))), []);
});
