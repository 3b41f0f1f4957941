import type { ApigwRule } from '../lib/rule.js';
import { ruleFunction } from '../lib/apigw.js';
import { namedModels } from '../lib/models.js';

// BOTO-V1 CreateModelRequest.name / DG api-gateway-known-issues: model names must be alphanumeric; the
// REST importer turns every schema under definitions/components.schemas into a model and fails with
// "Model name must be alphanumeric".
const rule: ApigwRule = {
  id: 'apigw-model-name',
  category: 'validation',
  severity: 'error',
  description: 'Schema names (which become REST models) must be alphanumeric: no `_`, `-`, `.` or spaces.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_CreateModel.html',
  flavour: 'rest',
  spectral: {
    given: '$',
    then: {
      function: ruleFunction((root, ctx) => {
        if (ctx.flavour !== 'rest') return;
        return namedModels(root)
          .filter((m) => !/^[A-Za-z0-9]+$/.test(m.name))
          .map((m) => [
            m.path,
            `Schema name "${m.name}" is not alphanumeric; the REST importer makes it a model and rejects it ("Model name must be alphanumeric"). Rename it to ${m.name.replace(/[^A-Za-z0-9]/g, '') || 'Model'} and update its $refs.`,
          ]);
      }),
    },
  },
};
export default rule;
