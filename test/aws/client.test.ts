import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveAwsSettings, createApiGatewayClient, sdkClientConfig } from '../../src/aws/client.js';

const pick = (s: { connectionTimeoutMs: number; requestTimeoutMs: number }) => [
  s.connectionTimeoutMs,
  s.requestTimeoutMs,
];
import { mapAwsError } from '../../src/aws/errors.js';

describe('resolveAwsSettings', () => {
  it('flags beat apigw.yaml, which beats AWS_REGION / AWS_DEFAULT_REGION; the API Gateway endpoint variable beats the global one', () => {
    const env = {
      AWS_REGION: 'eu-west-1',
      AWS_DEFAULT_REGION: 'eu-central-1',
      AWS_PROFILE: 'ci',
      AWS_ENDPOINT_URL: 'http://global',
      AWS_ENDPOINT_URL_API_GATEWAY: 'http://apigw',
      AWS_MAX_ATTEMPTS: '7',
    };
    assert.deepEqual(resolveAwsSettings({}, undefined, env), {
      region: 'eu-west-1',
      profile: 'ci',
      endpointUrl: 'http://apigw',
      maxAttempts: 7,
      maxAttemptsExplicit: true,
      connectionTimeoutMs: 5000,
      requestTimeoutMs: 60000,
    });
    assert.equal(resolveAwsSettings({}, { region: 'us-west-2' }, env).region, 'us-west-2');
    assert.equal(resolveAwsSettings({ region: 'ap-south-1' }, { region: 'us-west-2' }, env).region, 'ap-south-1');
    assert.equal(resolveAwsSettings({}, undefined, { AWS_DEFAULT_REGION: 'eu-central-1' }).region, 'eu-central-1');
    assert.equal(resolveAwsSettings({ endpointUrl: 'http://flag' }, undefined, env).endpointUrl, 'http://flag');
    assert.equal(resolveAwsSettings({}, undefined, { AWS_ENDPOINT_URL: 'http://global' }).endpointUrl, 'http://global');
    assert.equal(resolveAwsSettings({}, undefined, {}).maxAttempts, 5);
  });

  it('timeouts: --cli-read-timeout / --cli-connect-timeout seconds beat APIGW_CLI_* seconds, which beat the older *_MS variables; 0 = no limit', () => {
    const env = { APIGW_CLI_READ_TIMEOUT: '7', APIGW_CLI_CONNECT_TIMEOUT: '0', APIGW_AWS_REQUEST_TIMEOUT_MS: '1500' };
    assert.deepEqual(pick(resolveAwsSettings({}, undefined, env)), [0, 7000]);
    assert.deepEqual(
      pick(resolveAwsSettings({ readTimeoutSeconds: 3, connectTimeoutSeconds: 2.5 }, undefined, env)),
      [2500, 3000],
    );
    assert.deepEqual(pick(resolveAwsSettings({}, undefined, { APIGW_AWS_REQUEST_TIMEOUT_MS: '1500' })), [5000, 1500]);
    assert.equal(resolveAwsSettings({}, undefined, {}).maxAttemptsExplicit, false);
  });

  it('the SDK client throws on a request timeout instead of warning', () => {
    const config = sdkClientConfig(resolveAwsSettings({ readTimeoutSeconds: 3 }, undefined, {}));
    assert.deepEqual(config.requestHandler, {
      connectionTimeout: 5000,
      requestTimeout: 3000,
      socketTimeout: 3000,
      throwOnRequestTimeout: true,
    });
    assert.equal(
      sdkClientConfig(resolveAwsSettings({ readTimeoutSeconds: 0 }, undefined, {})).requestHandler.requestTimeout,
      undefined,
    );
    assert.equal(sdkClientConfig(resolveAwsSettings({}, undefined, {}), false).maxAttempts, 1);
  });

  it('a malformed endpoint URL is a usage error', async () => {
    await assert.rejects(createApiGatewayClient({ endpointUrl: 'localhost:4566' }), {
      exitCode: 2,
      message: "endpoint URL must be an http(s) URL, got 'localhost:4566'",
    });
  });
});

describe('mapAwsError', () => {
  const sdkError = (name: string, status: number, message: string, fault: 'client' | 'server' = 'client') =>
    Object.assign(new Error(message), { name, $fault: fault, $metadata: { httpStatusCode: status, attempts: 1 } });

  it('AWS refusals are exit 3 with the operation, the AWS error name and message', () => {
    const e = mapAwsError(sdkError('ConflictException', 409, 'Stage already exists'), { operation: 'CreateStage' });
    assert.equal(e.exitCode, 3);
    assert.equal(e.message, 'CreateStage: AWS refused the request: ConflictException: Stage already exists');
  });

  it('importer warnings spread over lines stay on one line', () => {
    const e = mapAwsError(
      sdkError('BadRequestException', 400, 'Errors found during import:\n\tUnable to create model\n'),
      { operation: 'PutRestApi' },
    );
    assert.equal(
      e.message,
      'PutRestApi: AWS refused the request: BadRequestException: Errors found during import: | Unable to create model',
    );
  });

  it('network failures, timeouts, exhausted throttling and 5xx are exit 4', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), {
      code: 'ECONNREFUSED',
      $metadata: { attempts: 3 },
    });
    assert.equal(
      mapAwsError(refused, { operation: 'GetStage', endpoint: 'http://127.0.0.1:9' }).message,
      'GetStage: AWS API Gateway is unreachable at http://127.0.0.1:9 (ECONNREFUSED) after 3 attempts',
    );
    assert.equal(mapAwsError(Object.assign(new Error('t'), { name: 'TimeoutError' })).exitCode, 4);
    assert.equal(mapAwsError(sdkError('TooManyRequestsException', 429, 'Too Many Requests')).exitCode, 4);
    assert.equal(mapAwsError(sdkError('ServiceUnavailableException', 503, 'down', 'server')).exitCode, 4);
  });

  it('missing credentials are exit 3 and name the ways to provide them, never values', () => {
    const e = mapAwsError(
      Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' }),
      { operation: 'GetRestApi' },
    );
    assert.equal(e.exitCode, 3);
    assert.match(
      e.message,
      /^GetRestApi: no usable AWS credentials: Could not load credentials from any providers \(set AWS_PROFILE/,
    );
  });
});
