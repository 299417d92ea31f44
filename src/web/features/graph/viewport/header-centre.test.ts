import { describe, expect, it } from 'vitest';
import { headerCentre } from './header-centre.ts';

/** A column from 100 to 400; its name is about 114 flow pixels wide (14 characters). */
const header = { x: 250, left: 100, right: 400, y: 0, text: 'Load balancers' };

describe('headerCentre', () => {
  it('centres the name over its column when the pane shows the whole column', () => {
    expect(headerCentre(header, 0, 1000)).toBe(250);
  });

  it('moves the name right, whole, when the pane starts inside the column', () => {
    // The pane's left edge at 240 would cut the name (193–307); it starts at the edge instead.
    expect(headerCentre(header, 240, 1000)).toBe(297);
    // Only a sliver of the column shows: the name still starts at the edge, whole.
    expect(headerCentre(header, 390, 1000)).toBe(447);
  });

  it('moves the name left when the pane ends inside the column', () => {
    expect(headerCentre(header, 0, 300)).toBe(243);
  });

  it('leaves the name of a column out of the pane where it was laid out', () => {
    expect(headerCentre(header, 400, 1000)).toBe(250);
    expect(headerCentre(header, -500, 100)).toBe(250);
  });
});
