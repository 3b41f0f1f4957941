/**
 * `aws:API[/STAGE]` of either kind: a REST API (service apigateway) or an HTTP API (apigatewayv2).
 * The kind comes from --api-type / apigw.yaml `api.type`; without one, the REST APIs are searched
 * first, then the HTTP APIs, so an HTTP API id or name works without saying what it is.
 */
import { ApigwError, ExitCode } from '../../core/errors.js';
import type { SideOptions } from './index.js';
import type { AwsLoadResult } from './aws.js';

export async function loadAwsApi(
  idOrName: string,
  stage: string | undefined,
  options: SideOptions,
): Promise<AwsLoadResult> {
  if (options.apiType !== 'http') {
    const { loadAwsSource } = await import('./aws.js');
    const session = await options.session();
    if (options.apiType === 'rest') return loadAwsSource(session, idOrName, stage);
    try {
      return await loadAwsSource(session, idOrName, stage);
    } catch (error) {
      if (!(error instanceof ApigwError && /^no REST API with id or name/.test(error.message))) throw error;
    }
  }
  const { findHttpApi } = await import('../../aws/resolve-http-api.js');
  const { loadHttpAwsSource } = await import('./aws-http.js');
  const session = await v2Session(options);
  const api = await findHttpApi(session, idOrName);
  if (!api) {
    const region = session.settings.region ?? 'the default region';
    const kind = options.apiType === 'http' ? 'HTTP API' : 'REST or HTTP API';
    throw new ApigwError(`no ${kind} with id or name '${idOrName}' in ${region}`, { exitCode: ExitCode.aws });
  }
  return loadHttpAwsSource(session, api, stage);
}

async function v2Session(options: SideOptions) {
  if (options.sessionV2) return options.sessionV2();
  const { openApiGatewayV2 } = await import('../../aws/client-v2.js');
  return openApiGatewayV2();
}
