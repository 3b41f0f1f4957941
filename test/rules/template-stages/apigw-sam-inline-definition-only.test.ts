import test from 'node:test';
import assert from 'node:assert/strict';
import { findings } from './support.js';

const id = 'apigw-sam-inline-definition-only';
const api = (type: string, definition: string, extra: string) =>
  `Transform: AWS::Serverless-2016-10-31\nResources:\n  Api:\n    Type: ${type}\n    Properties:\n      StageName: prod\n${definition}${extra}`;
const uri = '      DefinitionUri: ./api.yaml\n';

test(`${id}: SAM properties written into the definition, with DefinitionUri`, () => {
  assert.deepEqual(
    findings(id, api('AWS::Serverless::Api', uri, '      Cors: "\'*\'"\n      Auth:\n        ApiKeyRequired: true\n')),
    [
      [id, 8, 'Resources.Api.Properties.Cors'],
      [id, 9, 'Resources.Api.Properties.Auth'],
    ],
  );
  assert.deepEqual(findings(id, api('AWS::Serverless::HttpApi', uri, '      Tags: {team: a}\n')), [
    [id, 8, 'Resources.Api.Properties.Tags'],
  ]);
});

test(`${id}: an inline or included DefinitionBody, an implicit API, or DefinitionUri alone pass`, () => {
  const body =
    '      DefinitionBody:\n        Fn::Transform: {Name: AWS::Include, Parameters: {Location: ./api.yaml}}\n';
  assert.deepEqual(findings(id, api('AWS::Serverless::Api', body, '      Cors: "\'*\'"\n')), []);
  assert.deepEqual(findings(id, api('AWS::Serverless::Api', '', '      Cors: "\'*\'"\n')), []);
  assert.deepEqual(findings(id, api('AWS::Serverless::Api', uri, '      TracingEnabled: true\n')), []);
  assert.deepEqual(findings(id, api('AWS::Serverless::HttpApi', uri, '      StageVariables: {a: b}\n')), []);
});
