import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, restTemplate } from './support.js';

const id = 'apigw-deployment-depends-on-methods';
const deployment = (dependsOn: string) =>
  `  Deployment:\n    Type: AWS::ApiGateway::Deployment\n${dependsOn}    Properties:\n      RestApiId: !Ref Api\n`;

test(`${id}: no DependsOn, or one that misses a Method`, () => {
  assert.deepEqual(findings(id, restTemplate(deployment(''))), [[id, 35, 'Resources.Deployment']]);
  assert.deepEqual(findings(id, restTemplate(deployment('    DependsOn: [ListPets, AddPet]\n'))), [
    [id, 37, 'Resources.Deployment.DependsOn'],
  ]);
});

test(`${id}: every Method, directly or through another resource, passes`, () => {
  assert.deepEqual(findings(id, restTemplate(deployment('    DependsOn: [ListPets, AddPet, GetPet]\n'))), []);
  const through = `  Marker:\n    Type: AWS::CloudFormation::WaitConditionHandle\n    DependsOn: [AddPet, GetPet]\n${deployment('    DependsOn: [ListPets, Marker]\n')}`;
  assert.deepEqual(findings(id, restTemplate(through)), []);
});
