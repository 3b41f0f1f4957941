import type { JsonPath } from '../../core/finding.js';
import type { ConfigRule } from './types.js';

// A usage plan's apiStages must name deployed stages of the API (BOTO-V1 ApiStage).
const usagePlanStage: ConfigRule = {
  id: 'apigw-usage-plan-stage',
  category: 'stages',
  severity: 'error',
  flavour: 'rest',
  description: 'A usage plan names a stage that apigw.yaml does not define.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_ApiStage.html',
  check(config) {
    const defined = Object.keys(config.data.stages ?? {});
    const problems: Array<[JsonPath, string]> = [];
    (config.data.usagePlans ?? []).forEach((plan, i) => {
      (plan?.stages ?? []).forEach((stage, j) => {
        if (!defined.includes(stage))
          problems.push([
            ['usagePlans', i, 'stages', j],
            `Usage plan "${plan.name}" uses stage "${stage}", which is not under stages: (defined: ${defined.join(', ') || 'none'}); associating it would fail.`,
          ]);
      });
    });
    return problems;
  },
};

export default usagePlanStage;
