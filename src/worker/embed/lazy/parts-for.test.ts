import { describe, expect, it } from 'vitest';
import { EVENTS_PART } from './events.ts';
import { GATEWAY_PART } from './gateway.ts';
import { partsFor } from './parts-for.ts';

const draw = (manifest: string, events?: string) => ({ type: 'draw', id: 1, manifest, theme: 'light', ...(events === undefined ? {} : { events }) }) as const;

describe('the parts a link asks for before its first build', () => {
  it.each([
    ['a manifest of core kinds', draw('apiVersion: v1\nkind: Service\n'), []],
    ['an HTTPRoute', draw('apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\n'), [GATEWAY_PART.name]],
    ['an empty timeline', draw('apiVersion: v1\nkind: Service\n', '[]'), []],
    ['a timeline', draw('apiVersion: v1\nkind: Service\n', '[{"kind":"drain","node":"worker-1"}]'), [EVENTS_PART.name]],
  ])('%s', (_name, request, parts) => {
    expect(partsFor(request).map((part) => part.name)).toEqual(parts);
  });
});
