/**
 * WebSocket routes: the `$context` a WebSocket request carries (connection, route, event type, not
 * a REST request's path and method), and template selection by an integration's
 * TemplateSelectionExpression (`${request.body.<path>}` or a static value, `$default` the catch-all).
 */
import { anonymousIdentity, clfTime, headerValue, SAMPLE_API_ID, SAMPLE_STAGE } from './context.js';
import type { TemplateInput } from './types.js';

export type WebSocketEventType = 'CONNECT' | 'MESSAGE' | 'DISCONNECT';

export function eventTypeOf(routeKey: string): WebSocketEventType {
  return routeKey === '$connect' ? 'CONNECT' : routeKey === '$disconnect' ? 'DISCONNECT' : 'MESSAGE';
}

/**
 * The variables of the WebSocket mapping template reference, with deterministic defaults (the
 * event's `context` overrides any of them). `messageId` exists only for MESSAGE events.
 */
export function webSocketContext(routeKey: string): (input: TemplateInput, now: Date) => Record<string, unknown> {
  return (input, now) => {
    const eventType = eventTypeOf(routeKey);
    const apiId = SAMPLE_API_ID;
    const requestId = 'Kx8bWFgYoAMFm2g=';
    return {
      apiId,
      authorizer: {},
      connectedAt: now.getTime() - 60_000,
      connectionId: 'Kx8Z1cKXoAMCJ1g=',
      domainName: `${apiId}.execute-api.us-east-1.amazonaws.com`,
      error: {},
      eventType,
      extendedRequestId: requestId,
      // The WebSocket reference lists apiKey/apiKeyId among the identity variables (null without a key);
      // the User-Agent is known only from the $connect handshake.
      identity: Object.fromEntries(
        Object.entries({
          ...anonymousIdentity(
            eventType === 'CONNECT' ? (headerValue(input.request?.headers, 'User-Agent') ?? null) : null,
          ),
          apiKey: null,
          apiKeyId: null,
        }).sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
      ...(eventType === 'MESSAGE' ? { messageId: 'Kx8cNeLKoAMCJ1g=' } : {}),
      messageDirection: 'IN',
      requestId,
      requestTime: clfTime(now),
      requestTimeEpoch: now.getTime(),
      routeKey,
      stage: SAMPLE_STAGE,
    };
  };
}

/** Evaluates a selection expression over a message: `$request.body.a.b`, `${request.body.a}`, static text, `\$` a literal dollar. */
export function evaluateSelection(expression: string, message: unknown): string {
  let body: unknown;
  try {
    body = typeof message === 'string' ? JSON.parse(message) : message;
  } catch {
    body = undefined;
  }
  const lookup = (path: string): string => {
    if (!path.startsWith('request.body')) return '';
    let node: unknown = body;
    for (const segment of path.slice('request.body'.length).split('.').filter(Boolean)) {
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[segment] : undefined;
    }
    if (node === undefined || node === null) return '';
    return typeof node === 'object' ? JSON.stringify(node) : String(node);
  };
  return expression.replace(
    /\\\$|\$\{([^}]*)\}|\$([A-Za-z][\w.]*)/g,
    (m, braced: string | undefined, bare: string | undefined) => (m === '\\$' ? '$' : lookup(braced ?? bare ?? '')),
  );
}

/** The RequestTemplates key a message selects: the expression's value when it is a key, else `$default` when there is one. */
export function selectWebSocketTemplate(
  templates: Record<string, unknown>,
  expression: string | undefined,
  message: unknown,
): { key?: string; value: string; reason: string } {
  const value = expression === undefined ? '$default' : evaluateSelection(expression, message);
  const how =
    expression === undefined
      ? 'no TemplateSelectionExpression'
      : `TemplateSelectionExpression ${expression} evaluates to '${value}'`;
  if (Object.prototype.hasOwnProperty.call(templates, value)) return { key: value, value, reason: how };
  if (Object.prototype.hasOwnProperty.call(templates, '$default'))
    return { key: '$default', value, reason: `${how}, no such template: the $default template` };
  return { value, reason: `${how}, and neither it nor $default is a RequestTemplates key` };
}
