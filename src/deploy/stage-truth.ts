/**
 * What a stage serves after a call that may have moved it failed. apigw says only what it knows:
 * the stage is read again (one attempt, the configured timeouts) and reported as read; when that read
 * fails too, the report says the stage may have moved.
 */
import type { Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewaySession } from '../aws/client.js';

export function describeServing(stageName: string, stage: Stage | undefined): string {
  if (!stage) return `stage '${stageName}' does not exist`;
  const canary = stage.canarySettings;
  const canaryText = canary
    ? `; its canary serves ${canary.deploymentId ?? 'nothing'} at ${canary.percentTraffic ?? 0}%`
    : '';
  return `stage '${stageName}' serves deployment ${stage.deploymentId ?? '(none)'}${canaryText}`;
}

/** Re-reads the stage after a failure; the sentence for the error line. */
export async function stageTruth(session: ApiGatewaySession, restApiId: string, stageName: string): Promise<string> {
  const { GetStageCommand } = await import('@aws-sdk/client-api-gateway');
  try {
    const stage = await session.sendOnce<Stage>(new GetStageCommand({ restApiId, stageName }));
    return `${describeServing(stageName, stage)} (read after the failure)`;
  } catch (error) {
    if (/NotFoundException/.test(String((error as Error).message)))
      return `stage '${stageName}' does not exist (read after the failure)`;
    return `stage '${stageName}' may have moved: it could not be read after the failure`;
  }
}
