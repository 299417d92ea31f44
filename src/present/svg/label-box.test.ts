import { describe, expect, it } from 'vitest';
import type { LabelAnchor, LabelSide } from '../graph/index.ts';
import { curveBetween } from './geometry.ts';
import { breakLabel, labelBox } from './label-box.ts';

const alone = (side: LabelSide): LabelAnchor => ({ side, slot: 0, slots: 1 });

describe('breakLabel', () => {
  it.each([
    ['a label that fits stays whole', '31000 → 80', 80, ['31000 → 80'], 10],
    ['ports break between each other first', '80 → 8080/TCP, 443 → 8443/TCP', 100, ['80 → 8080/TCP, ', '443 → 8443/TCP'], 10],
    ['a route breaks before its arrow', '/dashboard → 80', 72, ['/dashboard ', '→ 80'], 10],
    ['a URL breaks after its scheme, and shrinks if it must', 'https://app.example.com', 88, ['https://', 'app.example.com'], 8.5],
    ['a label too long for any break overflows at the smallest size', 'averyveryverylongtoken', 40, ['averyveryverylongtoken'], 8],
  ])('%s', (_, text, room, lines, fontSize) => {
    expect(breakLabel(text, room)).toEqual({ lines, fontSize });
    expect(lines.join('')).toBe(text);
  });
});

describe('labelBox', () => {
  const curve = curveBetween({ x: 100, y: 50 }, { x: 200, y: 90 });

  it('sits after the source, before the target, or on the middle of the curve', () => {
    expect(labelBox(curve, alone('source'), '8080')).toMatchObject({ x: 106, y: 42.5, width: 32, height: 15 });
    expect(labelBox(curve, alone('target'), '8080')).toMatchObject({ x: 156, y: 82.5 });
    expect(labelBox(curve, alone('middle'), '8080')).toMatchObject({ x: 134, y: 62.5 });
  });

  it('stacks labels that share a side of a box around its centre', () => {
    expect(labelBox(curve, { side: 'source', slot: 0, slots: 2 }, '8080').y).toBe(42.5 - 8.5);
    expect(labelBox(curve, { side: 'source', slot: 1, slots: 2 }, '8080').y).toBe(42.5 + 8.5);
  });

  it('grows a line per break, centred on its anchor', () => {
    expect(labelBox(curve, alone('middle'), '80 → 8080/TCP, 443 → 8443/TCP')).toMatchObject({ lines: ['80 → 8080/TCP, ', '443 → 8443/TCP'], height: 27, y: 56.5 });
  });
});
