/**
 * The lazy parts (part.ts) a share link's drawing will need, as far as the link tells before the
 * build: fetching them first spares the build a run that would only find out. What the link does
 * not tell (a syntax error needing `yaml`, a one-label DNS name) is still fetched when a run asks
 * for it.
 */
import { holdsGatewayApi } from '../../../model/index.ts';
import type { DrawRequest } from '../protocol.ts';
import { EVENTS_PART, hasEvents } from './events.ts';
import { GATEWAY_PART } from './gateway.ts';
import type { LazyPart } from './part.ts';

export function partsFor(request: DrawRequest): LazyPart<unknown>[] {
  // Text with Gateway API objects has their CRDs installed (draw.ts), so admission will need the part.
  return [...(holdsGatewayApi(request.manifest) ? [GATEWAY_PART] : []), ...(hasEvents(request.events) ? [EVENTS_PART] : [])];
}
