/**
 * The API `deployments` / `rollback` work on, of either kind: --rest-api-id is a REST API; apigw.yaml
 * `api.type` decides when set; otherwise --api-id / --api-name / apigw.yaml are looked up among the
 * REST APIs first, then the HTTP APIs.
 */
import type { ApiGatewayV2Session } from '../../aws/client-v2.js';
import type { AwsFlagValues } from '../../aws/flag-values.js';
import { ApigwError } from '../../core/errors.js';
import { openTarget, type Target } from '../command-support.js';

export type AnyTarget =
  ({ kind: 'rest' } & Target) | { kind: 'http'; session: ApiGatewayV2Session; apiId: string; apiName?: string };

export interface TargetFlags extends AwsFlagValues {
  'rest-api-id'?: string;
  'api-id'?: string;
  'api-name'?: string;
  config?: string;
}

export async function openAnyTarget(flags: TargetFlags): Promise<AnyTarget> {
  const { loadProjectConfig } = await import('../../config/load.js');
  const config = await loadProjectConfig(flags.config);
  const type = flags['rest-api-id'] ? 'rest' : config?.data.api?.type;
  let restMissing: ApigwError | undefined;
  if (type !== 'http') {
    try {
      return { kind: 'rest', ...(await openTarget(flags)) };
    } catch (error) {
      const missing =
        error instanceof ApigwError && /^(REST API '.*' \(from .*\) not found|no REST API named )/.test(error.message);
      if (type === 'rest' || !missing) throw error;
      restMissing = error as ApigwError;
    }
  }
  const { openApiGatewayV2 } = await import('../../aws/client-v2.js');
  const { resolveHttpApi } = await import('../../aws/resolve-http-api.js');
  try {
    const { awsOptionsFrom } = await import('../../aws/flag-values.js');
    const session = await openApiGatewayV2(awsOptionsFrom(flags), config?.data.api);
    const api = (await resolveHttpApi(session, { apiId: flags['api-id'], apiName: flags['api-name'], config }))!;
    return { kind: 'http', session, apiId: api.ApiId!, apiName: api.Name };
  } catch (error) {
    // Not found among HTTP APIs either (or the endpoint has no apigatewayv2): the REST answer stands.
    if (restMissing) throw restMissing;
    throw error;
  }
}

/** The REST API a canary command works on; an HTTP API is a usage error that names the alternatives. */
export async function openCanaryTarget(flags: TargetFlags): Promise<Target> {
  const target = await openAnyTarget(flags);
  if (target.kind === 'rest') return target;
  const { InputError } = await import('../../core/errors.js');
  throw new InputError(
    `'${target.apiName ?? target.apiId}' is an HTTP API: HTTP APIs have no canary deployments. Shift traffic with weighted API mappings on a custom domain, or with a weighted Lambda alias behind the integration`,
  );
}
