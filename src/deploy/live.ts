/** Reading what API Gateway holds now: the stage. */
import type { Stage } from '@aws-sdk/client-api-gateway';
import type { ApiGatewaySession } from '../aws/client.js';
import { ApigwError } from '../core/errors.js';

/** The stage, or undefined when it does not exist yet. */
export async function liveStage(
  session: ApiGatewaySession,
  restApiId: string,
  stageName: string,
): Promise<Stage | undefined> {
  const { GetStageCommand } = await import('@aws-sdk/client-api-gateway');
  try {
    return await session.send<Stage>(new GetStageCommand({ restApiId, stageName }));
  } catch (error) {
    if (error instanceof ApigwError && /NotFoundException/.test(error.message)) return undefined;
    throw error;
  }
}
