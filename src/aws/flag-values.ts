/**
 * The AWS CLI's flag values (--region, --profile, --endpoint-url, --cli-read-timeout,
 * --cli-connect-timeout) as client options. Here, below the commands, so features that open a
 * client from parsed flags (src/deploy/command-support.ts) share the parsing.
 */
import { InputError } from '../core/errors.js';
import type { AwsClientOptions } from './client.js';

export interface AwsFlagValues {
  region?: string;
  profile?: string;
  'endpoint-url'?: string;
  'cli-read-timeout'?: string;
  'cli-connect-timeout'?: string;
}

/** Parsed flags → client options. */
export function awsOptionsFrom(flags: AwsFlagValues): AwsClientOptions {
  return {
    region: flags.region,
    profile: flags.profile,
    endpointUrl: flags['endpoint-url'],
    readTimeoutSeconds: seconds(flags['cli-read-timeout'], '--cli-read-timeout'),
    connectTimeoutSeconds: seconds(flags['cli-connect-timeout'], '--cli-connect-timeout'),
  };
}

function seconds(raw: string | undefined, flag: string): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new InputError(`${flag} expects a number of seconds (0 = no limit), got '${raw}'`);
  return n;
}
