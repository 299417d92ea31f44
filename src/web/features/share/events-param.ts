/**
 * The What-if timeline in a share link's `ev` parameter: a link made after killing a Pod opens on
 * the same changed cluster. Events the page cannot read are left out; the manifest still opens.
 */
import type { RuntimeEvent } from '../../../model/index.ts';
import { formatEvents, parseEvents } from '../../../present/text/events-json.ts';

export const EVENTS_PARAM = 'ev';

export const writeEvents = (events: readonly RuntimeEvent[]): string => formatEvents(events);

export const readEvents = (text: string | undefined): RuntimeEvent[] => (text === undefined ? [] : parseEvents(text).events);
