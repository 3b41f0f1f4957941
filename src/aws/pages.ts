/** Every page of a paginated API Gateway (REST, v1) Get* call: `items` per page, `position` for the next. */
import type { ApiGatewaySession } from './client.js';

export async function allPages<T>(
  session: Pick<ApiGatewaySession, 'send'>,
  make: (position?: string) => object,
): Promise<T[]> {
  const out: T[] = [];
  let position: string | undefined;
  do {
    const page = await session.send<{ items?: T[]; position?: string }>(make(position));
    out.push(...(page.items ?? []));
    position = page.position;
  } while (position);
  return out;
}
