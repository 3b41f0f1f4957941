import test from 'node:test';
import assert from 'node:assert/strict';
import { findings, restTemplate } from './support.js';

const id = 'apigw-stage-canary-percent';

test(`${id}: a Stage canary over 100, a Deployment canary below 0`, () => {
  assert.deepEqual(
    findings(
      id,
      restTemplate(
        '  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      CanarySetting: {PercentTraffic: 150}\n',
      ),
    ),
    [[id, 39, 'Resources.Stage.Properties.CanarySetting.PercentTraffic']],
  );
  assert.deepEqual(
    findings(
      id,
      restTemplate(
        '  Deployment:\n    Type: AWS::ApiGateway::Deployment\n    DependsOn: [ListPets, AddPet, GetPet]\n    Properties:\n      RestApiId: !Ref Api\n      DeploymentCanarySettings:\n        PercentTraffic: -5\n',
      ),
    ),
    [[id, 41, 'Resources.Deployment.Properties.DeploymentCanarySettings.PercentTraffic']],
  );
});

test(`${id}: 0 to 100 passes`, () => {
  assert.deepEqual(
    findings(
      id,
      restTemplate(
        '  Stage:\n    Type: AWS::ApiGateway::Stage\n    Properties:\n      RestApiId: !Ref Api\n      CanarySetting: {PercentTraffic: 12.5}\n',
      ),
    ),
    [],
  );
});
