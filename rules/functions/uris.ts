/**
 * Shapes of integration and authorizer URIs (DG api-gateway-swagger-extensions-integration, "uri";
 * BOTO-V1 Integration.uri). Placeholders (`${AWS::Region}`, `${Fn.Arn}`, `${stageVariables.x}`)
 * stand for any text, so only what is written literally is checked.
 */
import { withoutPlaceholders } from '../lib/apigw.js';

const P = 'PLACEHOLDER';

export function isLambdaUri(uri: string): boolean {
  return /:lambda:path\//.test(uri) || /^arn:[^:]+:lambda:/.test(uri);
}

const INVOCATION = /^arn:[^:]+:apigateway:([^:]*):lambda:path\/([^/]*)\/functions\/(.+)\/([^/]+)$/;
const FUNCTION_ARN = /^arn:[^:]+:lambda:[^:]+:[^:]+:function:[^:/]+(:[^:/]+)?$/;

/** Problem with a Lambda invocation URI, or undefined when it is well formed. `bareArnAllowed`: HTTP APIs accept the function ARN itself. */
export function lambdaUriProblem(uri: string, bareArnAllowed: boolean): string | undefined {
  const text = withoutPlaceholders(uri, P);
  if (text.startsWith(P) && !text.startsWith(`${P}:`)) return undefined; // the whole prefix comes from a deploy tool
  if (/^arn:[^:]+:lambda:/.test(text)) {
    if (bareArnAllowed)
      return FUNCTION_ARN.test(text) || text.includes(P)
        ? undefined
        : `${uri} is not a Lambda function ARN (arn:aws:lambda:{region}:{account}:function:{name}[:{alias}]).`;
    return `REST APIs need the invocation URI, not the function ARN: arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/${uri}/invocations.`;
  }
  const m = INVOCATION.exec(text);
  if (!m)
    return `${uri} is not a Lambda invocation URI; expected arn:aws:apigateway:{region}:lambda:path/2015-03-31/functions/{functionArn}/invocations.`;
  const [, region, date, fn, action] = m;
  if (!region) return `${uri} has no region after arn:aws:apigateway: (use the function's region or \${AWS::Region}).`;
  if (action === 'invocations' && date !== '2015-03-31' && date !== P)
    return `${uri} uses API version ${date}; Lambda invocations use path/2015-03-31/functions/{functionArn}/invocations.`;
  if (action === 'response-streaming-invocations' && date !== '2021-11-15' && date !== P) {
    return `${uri} uses API version ${date}; response streaming uses path/2021-11-15/functions/{functionArn}/response-streaming-invocations.`;
  }
  if (action !== 'invocations' && action !== 'response-streaming-invocations')
    return `${uri} must end with /invocations (or /response-streaming-invocations for streaming).`;
  if (!fn.includes(P) && !FUNCTION_ARN.test(fn))
    return `${uri}: "${fn}" is not a Lambda function ARN (arn:aws:lambda:{region}:{account}:function:{name}[:{alias}]).`;
  return undefined;
}

const SERVICE_URI = /^arn:[^:]+:apigateway:([^:]*):([^:]*):(path|action)\/(.+)$/;

/** Problem with an AWS service integration URI (`…:{service}:path/…` or `…:{service}:action/{Action}…`). */
export function awsServiceUriProblem(uri: string): string | undefined {
  const text = withoutPlaceholders(uri, P);
  if (text.startsWith(P) && !text.startsWith(`${P}:`)) return undefined;
  const m = SERVICE_URI.exec(text);
  if (!m) {
    return `${uri} is not an AWS service integration URI; expected arn:aws:apigateway:{region}:{service}:path/{path} or arn:aws:apigateway:{region}:{service}:action/{Action}.`;
  }
  if (!m[1]) return `${uri} has no region after arn:aws:apigateway: (use \${AWS::Region} or a region name).`;
  if (!m[2]) return `${uri} has no service name before :${m[3]}/.`;
  return undefined;
}

/** Problem with an HTTP backend URL (absolute http/https; ports 80, 443 or 1024-65535, DG setup-http-integrations). */
export function httpUriProblem(uri: string): string | undefined {
  const text = withoutPlaceholders(uri, P);
  if (text.startsWith(P)) return undefined; // scheme and host come from a placeholder
  let url: URL;
  try {
    url = new URL(text.replace(/\{[^}]*\}/g, 'param'));
  } catch {
    return `${uri} is not an absolute URL; HTTP integrations need a full http:// or https:// URL.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return `${uri} must use http:// or https://, not ${url.protocol}//.`;
  if (!url.hostname) return `${uri} has no host.`;
  if (url.port && url.port !== '80' && url.port !== '443' && Number(url.port) < 1024) {
    return `${uri} uses port ${url.port}; API Gateway connects only to ports 80, 443 and 1024-65535.`;
  }
  return undefined;
}
