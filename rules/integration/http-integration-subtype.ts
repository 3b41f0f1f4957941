import type { ApigwRule } from '../lib/rule.js';
import { INTEGRATION_GIVEN, isObject, quote, ruleFunction } from '../lib/apigw.js';

// HTTP API AWS service integrations: subtype, its required parameters, an IAM role in
// `credentials` and payload format 1.0 (DG http-api-develop-integrations-aws-services-reference,
// http-api-develop-integrations-aws-services).
export const SUBTYPES: Record<string, string[]> = {
  'EventBridge-PutEvents': ['Detail', 'DetailType', 'Source'],
  'SQS-SendMessage': ['QueueUrl', 'MessageBody'],
  'SQS-ReceiveMessage': ['QueueUrl'],
  'SQS-DeleteMessage': ['ReceiptHandle', 'QueueUrl'],
  'SQS-PurgeQueue': ['QueueUrl'],
  'AppConfig-GetConfiguration': ['Application', 'Environment', 'Configuration', 'ClientId'],
  'Kinesis-PutRecord': ['StreamName', 'Data', 'PartitionKey'],
  'StepFunctions-StartExecution': ['StateMachineArn'],
  'StepFunctions-StartSyncExecution': ['StateMachineArn'],
  'StepFunctions-StopExecution': ['ExecutionArn'],
};

const rule: ApigwRule = {
  id: 'apigw-http-integration-subtype',
  category: 'integration',
  severity: 'error',
  flavour: 'http',
  description:
    'HTTP API `integrationSubtype` must be a known AWS service action with its required request parameters and a role.',
  awsSource:
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html',
  spectral: {
    given: INTEGRATION_GIVEN,
    then: {
      function: ruleFunction((integration, ctx) => {
        const subtype = integration.integrationSubtype;
        if (subtype === undefined || ctx.flavour !== 'http' || typeof subtype !== 'string') return;
        const required = SUBTYPES[subtype];
        if (!required)
          return [
            [
              ['integrationSubtype'],
              `Unknown integrationSubtype ${quote(subtype)}; supported: ${Object.keys(SUBTYPES).join(', ')}.`,
            ],
          ];
        const problems: Array<[string[], string]> = [];
        const params = isObject(integration.requestParameters) ? integration.requestParameters : undefined;
        if (integration.requestParameters === undefined || params) {
          const missing = required.filter((name) => !(params && name in params));
          if (missing.length)
            problems.push([
              [params ? 'requestParameters' : 'integrationSubtype'],
              `${subtype} needs requestParameters ${missing.join(', ')}.`,
            ]);
        }
        if (integration.credentials === undefined)
          problems.push([
            ['integrationSubtype'],
            `${subtype} needs \`credentials\`: an IAM role API Gateway assumes to call the service.`,
          ]);
        const pfv = integration.payloadFormatVersion;
        if (pfv !== undefined && String(pfv) !== '1.0' && pfv !== 1)
          problems.push([
            ['payloadFormatVersion'],
            `AWS service integrations support payloadFormatVersion 1.0 only, not ${quote(pfv)}.`,
          ]);
        return problems;
      }),
    },
  },
};
export default rule;
