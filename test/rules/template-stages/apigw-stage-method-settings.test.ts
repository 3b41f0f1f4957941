import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, restTemplate } from './support.js';

const id = 'apigw-stage-method-settings';
const stage = (setting: string) =>
  `  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      MethodSettings:\n        - {ResourcePath: /*, HttpMethod: '*', ${setting}}\n`;

test(`${id}: TTL over 3600, a negative limit, an unknown logging level`, () => {
  assert.deepEqual(findings(id, restTemplate(stage('CacheTtlInSeconds: 7200'))), [
    [id, 40, 'Resources.Stage.Properties.MethodSettings.0.CacheTtlInSeconds'],
  ]);
  assert.deepEqual(findings(id, restTemplate(stage('ThrottlingBurstLimit: -1'))), [
    [id, 40, 'Resources.Stage.Properties.MethodSettings.0.ThrottlingBurstLimit'],
  ]);
  assert.deepEqual(findings(id, restTemplate(stage('LoggingLevel: DEBUG'))), [
    [id, 40, 'Resources.Stage.Properties.MethodSettings.0.LoggingLevel'],
  ]);
});

test(`${id}: values in range pass`, () => {
  assert.deepEqual(
    findings(
      id,
      restTemplate(
        stage('CacheTtlInSeconds: 3600, ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50.5, LoggingLevel: INFO'),
      ),
    ),
    [],
  );
});
