import type { JsonPath } from '../../core/finding.js';
import type { ConfigRule } from './types.js';

// QuotaSettings: limit an integer, period DAY|WEEK|MONTH, offset an integer (BOTO-V1 QuotaSettings,
// QuotaPeriodType).
const PERIODS = ['DAY', 'WEEK', 'MONTH'];

const usagePlanQuota: ConfigRule = {
  id: 'apigw-usage-plan-quota',
  category: 'stages',
  severity: 'error',
  flavour: 'rest',
  description: 'Usage-plan quotas: a positive integer limit, period DAY, WEEK or MONTH, a non-negative integer offset.',
  awsSource: 'https://docs.aws.amazon.com/apigateway/latest/api/API_QuotaSettings.html',
  check(config) {
    const problems: Array<[JsonPath, string]> = [];
    (config.data.usagePlans ?? []).forEach((plan, i) => {
      const quota = plan?.quota;
      if (!quota) return;
      const at: JsonPath = ['usagePlans', i, 'quota'];
      if (!(Number.isInteger(quota.limit) && quota.limit > 0))
        problems.push([
          [...at, 'limit'],
          `Quota limit ${JSON.stringify(quota.limit)} must be a positive whole number of requests per period.`,
        ]);
      if (!PERIODS.includes(String(quota.period)))
        problems.push([[...at, 'period'], `Quota period ${JSON.stringify(quota.period)} must be DAY, WEEK or MONTH.`]);
      if (quota.offset !== undefined && !(Number.isInteger(quota.offset) && quota.offset >= 0))
        problems.push([
          [...at, 'offset'],
          `Quota offset ${JSON.stringify(quota.offset)} must be a whole number, 0 or more.`,
        ]);
    });
    return problems;
  },
};

export default usagePlanQuota;
