import type { NodeProps } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import type { BoxNode } from '../flow/to-flow.ts';
import { sameBox } from './same-box.ts';

const data = Object.freeze({ title: 'web-0', subtitle: ['10.244.1.5:8080'], badges: [], simulated: true });
const props = (x: number, boxData = data): NodeProps<BoxNode> =>
  ({ id: 'pod:default/web-0', type: 'pod', data: boxData, positionAbsoluteX: x, positionAbsoluteY: 40, selected: false, zIndex: 0 }) as unknown as NodeProps<BoxNode>;

describe('sameBox', () => {
  it('does not draw a box again for a move', () => {
    expect(sameBox(props(100), props(132))).toBe(true);
  });

  it('draws a box again when what it shows changed', () => {
    expect(sameBox(props(100), props(100, { ...data, subtitle: ['10.244.1.5:808'] }))).toBe(false);
  });
});
