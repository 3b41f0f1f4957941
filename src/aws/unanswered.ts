/**
 * "This endpoint does not implement the operation": the answer is not an AWS API answer at all (an
 * HTML 404/500 page the SDK cannot parse, or 501 / UnknownOperationException). Emulators answer so
 * for what they lack (moto 5.2.5: ImportApi, ExportApi, CreateDeployment, GetDeployments,
 * GetAuthorizers, UpdateStage of apigatewayv2). Callers use it to take a documented fallback and
 * say so; it is never taken as proof that nothing happened (a proxy's HTML error page looks alike).
 */
import { ApigwError } from '../core/errors.js';

interface SdkErrorShape {
  name?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  cause?: unknown;
}

export function notAnswered(error: unknown): boolean {
  let e = error as SdkErrorShape | undefined;
  for (let i = 0; e instanceof ApigwError && i < 3; i++) e = e.cause as SdkErrorShape | undefined;
  if (!e) return false;
  const status = e.$metadata?.httpStatusCode;
  if (e.name === 'UnknownOperationException' || status === 501) return true;
  const unparsable = e.name === 'SyntaxError' || /Deserialization error/.test(e.message ?? '');
  return unparsable && (status === 404 || status === 405 || status === 500);
}
