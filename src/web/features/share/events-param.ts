/**
 * The runtime events of the What-if timeline in a share link's `ev` parameter, as JSON: a link
 * made after killing a Pod opens on the same broken cluster. What cannot be read as an event is
 * dropped, so a damaged or newer `ev` still opens the manifest.
 */
import type { RuntimeEvent } from '../../../model/index.ts';

export const EVENTS_PARAM = 'ev';

export function writeEvents(events: readonly RuntimeEvent[]): string {
  return JSON.stringify(events);
}

type Fields = Readonly<Record<string, unknown>>;

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isLabels(value: unknown): value is Readonly<Record<string, string | null>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => v === null || typeof v === 'string');
}

function asEvent(value: unknown): RuntimeEvent | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const event = value as Fields;
  switch (event.kind) {
    case 'delete-pod':
    case 'terminate-pod':
      return isText(event.pod) ? { kind: event.kind, pod: event.pod } : undefined;
    case 'readiness':
      return isText(event.pod) && typeof event.ready === 'boolean' ? { kind: 'readiness', pod: event.pod, ready: event.ready } : undefined;
    case 'label-pod':
      return isText(event.pod) && isLabels(event.labels) ? { kind: 'label-pod', pod: event.pod, labels: event.labels } : undefined;
    case 'cordon':
      return isText(event.node) && typeof event.unschedulable === 'boolean' ? { kind: 'cordon', node: event.node, unschedulable: event.unschedulable } : undefined;
    case 'drain':
      return isText(event.node) ? { kind: 'drain', node: event.node } : undefined;
    case 'scale':
      return isText(event.workload) && Number.isInteger(event.replicas) && (event.replicas as number) >= 0
        ? { kind: 'scale', workload: event.workload, replicas: event.replicas as number }
        : undefined;
    default:
      return undefined;
  }
}

export function readEvents(text: string | undefined): RuntimeEvent[] {
  if (text === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  return Array.isArray(parsed) ? parsed.map(asEvent).filter((event): event is RuntimeEvent => event !== undefined) : [];
}
