import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, restTemplate } from './support.js';

const id = 'apigw-stage-method-settings-path';
const stage = (path: string, method: string) =>
  `  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      MethodSettings:\n        - ResourcePath: '${path}'\n          HttpMethod: '${method}'\n`;

test(`${id}: an unencoded path, a path or method the API does not have`, () => {
  assert.deepEqual(findings(id, restTemplate(stage('/pets/{id}', 'GET'))), [
    [id, 40, 'Resources.Stage.Properties.MethodSettings.0.ResourcePath'],
  ]);
  assert.deepEqual(findings(id, restTemplate(stage('/~1dogs', 'GET'))), [
    [id, 40, 'Resources.Stage.Properties.MethodSettings.0.ResourcePath'],
  ]);
  assert.deepEqual(findings(id, restTemplate(stage('/~1pets~1{id}', 'DELETE'))), [
    [id, 41, 'Resources.Stage.Properties.MethodSettings.0.HttpMethod'],
  ]);
});

test(`${id}: /*, and ~1-encoded paths of the API with their methods, pass`, () => {
  assert.deepEqual(findings(id, restTemplate(stage('/*', '*'))), []);
  assert.deepEqual(findings(id, restTemplate(stage('/~1pets~1{id}', 'GET'))), []);
  assert.deepEqual(findings(id, restTemplate(stage('/~1pets', '*'))), []);
});
