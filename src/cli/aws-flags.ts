/**
 * Flags shared by every command that talks to AWS: the AWS CLI's own (--region, --profile,
 * --endpoint-url, same environment variables) and the API selection (--rest-api-id, --api-name,
 * or apigw.yaml via --config). Spread them into a command's `flags`.
 */
import { Flags } from '@oclif/core';

export const awsFlags = {
  region: Flags.string({
    description: 'AWS Region (default: apigw.yaml api.region, AWS_REGION, AWS_DEFAULT_REGION, then the profile).',
    helpGroup: 'AWS',
  }),
  profile: Flags.string({
    description: 'Named profile from ~/.aws/config and ~/.aws/credentials (default: AWS_PROFILE).',
    helpGroup: 'AWS',
  }),
  'endpoint-url': Flags.string({
    description:
      'Send API Gateway calls to this URL, e.g. a local emulator (default: AWS_ENDPOINT_URL_API_GATEWAY, AWS_ENDPOINT_URL).',
    helpGroup: 'AWS',
  }),
  'cli-read-timeout': Flags.string({
    description:
      'Seconds to wait for an answer to each AWS call; 0 waits forever (as the AWS CLI; default: APIGW_CLI_READ_TIMEOUT, then 60).',
    helpGroup: 'AWS',
  }),
  'cli-connect-timeout': Flags.string({
    description:
      'Seconds to wait for a connection; 0 waits forever (as the AWS CLI; default: APIGW_CLI_CONNECT_TIMEOUT, then 5).',
    helpGroup: 'AWS',
  }),
};

export const apiSelectionFlags = {
  'rest-api-id': Flags.string({
    description: 'The REST API to work on, by id.',
    helpGroup: 'API',
    exclusive: ['api-name', 'api-id'],
  }),
  'api-id': Flags.string({
    description: 'The API to work on, by id: a REST API or an HTTP API.',
    helpGroup: 'API',
    exclusive: ['api-name'],
  }),
  'api-name': Flags.string({
    description: 'The API to work on, by name (must be unique in the region).',
    helpGroup: 'API',
  }),
  config: Flags.string({
    description: 'Path to apigw.yaml (default: the nearest one upward from the current folder).',
    helpGroup: 'API',
  }),
};

export const awsCommandFlags = { ...awsFlags, ...apiSelectionFlags };

export { awsOptionsFrom, type AwsFlagValues } from '../aws/flag-values.js';
