/**
 * The What-if timeline's events (a Pod deleted, a probe failing, a Node drained, a workload
 * scaled), fetched only when a build applies one (part.ts): a share link carries a timeline
 * (`&ev=`) only when its author played one. In the embed's worker this module stands in for the
 * model's modules that events-real.ts gathers (stand-ins.ts); events/apply-events.ts stays, and
 * with no events it calls none of them.
 */
import type * as Events from './events-real.ts';
import { lazyPart } from './part.ts';

export const EVENTS_PART = lazyPart<typeof Events>('What-if events', () => import('./events-real.ts'));

const events = (): typeof Events => EVENTS_PART.real();

export const notFound: typeof Events.notFound = (resource, name) => events().notFound(resource, name);
export const removeAndReplace: typeof Events.removeAndReplace = (run, entry) => events().removeAndReplace(run, entry);
export const deletePod: typeof Events.deletePod = (run, event) => events().deletePod(run, event);
export const terminatePod: typeof Events.terminatePod = (run, event) => events().terminatePod(run, event);
export const setReadiness: typeof Events.setReadiness = (run, event) => events().setReadiness(run, event);
export const labelPod: typeof Events.labelPod = (run, event) => events().labelPod(run, event);
export const cordon: typeof Events.cordon = (run, event) => events().cordon(run, event);
export const drain: typeof Events.drain = (run, event) => events().drain(run, event);
export const scale: typeof Events.scale = (run, event) => events().scale(run, event);

/** Whether a link's `ev` parameter, as it stands, holds any event: then the part is fetched before the first build. */
export const hasEvents = (events: string | undefined): boolean => events !== undefined && events.includes('{');
