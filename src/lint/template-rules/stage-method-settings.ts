import { methodSettings } from './method-settings.js';
import { text, type TemplateRule } from './types.js';

const LEVELS = ['OFF', 'ERROR', 'INFO'];

/** Values API Gateway refuses in a stage's MethodSettings: TTL 0-3600 s, throttling limits not negative, logging level OFF/ERROR/INFO. */
const rule: TemplateRule = {
  id: 'apigw-stage-method-settings',
  category: 'stages',
  severity: 'error',
  description:
    'Stage `MethodSettings` values: CacheTtlInSeconds 0-3600, throttling limits not negative, LoggingLevel OFF/ERROR/INFO.',
  awsSource:
    'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-stage-methodsetting.html',
  apiTypes: ['rest'],
  check(model) {
    const out: ReturnType<TemplateRule['check']> = [];
    for (const { setting: s, at } of methodSettings(model)) {
      const ttl = s.CacheTtlInSeconds;
      if (typeof ttl === 'number' && !(Number.isInteger(ttl) && ttl >= 0 && ttl <= 3600))
        out.push([[...at, 'CacheTtlInSeconds'], `CacheTtlInSeconds ${ttl} must be whole seconds from 0 to 3600`]);
      for (const key of ['ThrottlingBurstLimit', 'ThrottlingRateLimit']) {
        const v = s[key];
        if (typeof v === 'number' && (v < 0 || (key === 'ThrottlingBurstLimit' && !Number.isInteger(v))))
          out.push([
            [...at, key],
            `${key} ${v} must be ${key === 'ThrottlingBurstLimit' ? 'a whole number' : 'a number'} of requests, 0 or more`,
          ]);
      }
      const level = text(s.LoggingLevel);
      if (level !== undefined && !LEVELS.includes(level))
        out.push([[...at, 'LoggingLevel'], `LoggingLevel '${level}' must be OFF, ERROR or INFO`]);
    }
    return out;
  },
};
export default rule;
