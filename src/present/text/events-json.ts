/**
 * Runtime events as JSON text: what a share link's `ev` parameter and `kse --events FILE` carry,
 * `[{"kind":"readiness","pod":"ns/name","ready":false}, …]`. What cannot be read as an event is
 * dropped and counted, so a damaged or newer list still leaves the manifest readable.
 */
import type { RuntimeEvent } from '../../model/index.ts';

export function formatEvents(events: readonly RuntimeEvent[]): string {
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

export interface ParsedEvents {
  readonly events: RuntimeEvent[];
  /** Entries that are not events this version knows, or 1 for text that is not a JSON list at all. */
  readonly dropped: number;
}

export function parseEvents(text: string): ParsedEvents {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { events: [], dropped: 1 };
  }
  if (!Array.isArray(parsed)) return { events: [], dropped: 1 };
  const events = parsed.map(asEvent).filter((event): event is RuntimeEvent => event !== undefined);
  return { events, dropped: parsed.length - events.length };
}
