import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT_MS, propertyRuns } from '../testing/property.ts';
import { findListEdit } from './list-edit.ts';
import { findJsonListItems } from './list-items.ts';
import { createParseCache, parseManifests, type ParsedManifests } from './parse.ts';

/** A List as `kubectl get -o yaml` prints it: items at column 1, their fields two deeper. */
const item = (name: string, port: number) =>
  `- apiVersion: v1\n  kind: Service\n  metadata:\n    name: ${name}\n    resourceVersion: "1"\n  spec:\n    ports:\n    - port: ${port}\n      protocol: TCP\n    selector:\n      app: ${name}\n`;
const LIST = `apiVersion: v1\nitems:\n${item('a', 80)}${item('b', 81)}${item('c', 82)}kind: List\nmetadata:\n  resourceVersion: ""\n`;

const spansOf = (text: string) => {
  const parsed = createParseCache();
  parseManifests([{ name: 'l.yaml', text }], parsed);
  const list = parsed.lists.get('l.yaml\n0');
  if (!list) throw new Error('not read as a List');
  return list.spans;
};

describe('findListEdit', () => {
  it('finds the item an edit inside it changed', () => {
    const after = LIST.replace('port: 81', 'port: 8081');
    const edit = findListEdit(LIST, after, spansOf(LIST));
    expect(edit).toMatchObject({ item: 1, lineShift: 0, text: item('b', 8081).slice(0, -1) });
    expect(edit?.spans[2]?.from).toBe((spansOf(LIST)[2]?.from ?? 0) + 2);
  });

  it('counts the lines an edit adds, and moves the items after it', () => {
    const after = LIST.replace('    name: a\n', '    name: a\n    namespace: x\n');
    const edit = findListEdit(LIST, after, spansOf(LIST));
    expect(edit?.lineShift).toBe(1);
    expect(edit?.spans.map((s) => s.start)).toEqual(spansOf(after).map((s) => s.start));
    expect(edit?.spans.map((s) => [s.from, s.to])).toEqual(spansOf(after).map((s) => [s.from, s.to]));
  });

  it('leaves the List whole when an edit reaches past an item', () => {
    const spans = spansOf(LIST);
    // A new item, a line at the items' own depth, the header, the `- ` itself, an anchor.
    expect(findListEdit(LIST, LIST.replace('      app: a\n', '      app: a\n- kind: Pod\n'), spans)).toBeUndefined();
    expect(findListEdit(LIST, LIST.replace('      app: a\n', '      app: a\nx: 1\n'), spans)).toBeUndefined();
    expect(findListEdit(LIST, LIST.replace('apiVersion: v1\nitems', 'apiVersion: v2\nitems'), spans)).toBeUndefined();
    expect(findListEdit(LIST, LIST.replace('- apiVersion: v1\n  kind: Service\n  metadata:\n    name: b', '  apiVersion: v1\n  kind: Service\n  metadata:\n    name: b'), spans)).toBeUndefined();
    expect(findListEdit(LIST, LIST.replace('app: b', 'app: &x b'), spans)).toBeUndefined();
  });

  it('takes a comment or a blank line at any depth as part of the item', () => {
    const after = LIST.replace('    name: b\n', '    name: b\n# a note\n\n');
    expect(findListEdit(LIST, after, spansOf(LIST))).toMatchObject({ item: 1, lineShift: 2 });
  });
});

/** What a parse gives, with every object's place and a few located fields, as plain data. */
function snapshot(parsed: ParsedManifests) {
  return {
    diagnostics: parsed.diagnostics,
    objects: parsed.objects.map((o) => ({
      value: o.value,
      ref: o.ref,
      pathPrefix: o.pathPrefix,
      at: [o.locate([]), o.locate(['metadata', 'name']), o.locate(['spec', 'ports', 0, 'port'])],
    })),
  };
}

const JSON_LIST = `${JSON.stringify(
  { apiVersion: 'v1', items: ['a', 'b', 'c'].map((name, i) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { ports: [{ port: 80 + i }] } })), kind: 'List' },
  null,
  4,
)}\n`;

describe('a List read again after edits', () => {
  const keystroke = fc.record({
    at: fc.nat(),
    remove: fc.nat(6),
    insert: fc.string({ unit: fc.constantFrom('a', '1', ' ', ' ', '\n', '-', ':', '#', '&', '*', '"', "'", '\\', '|', '!', '{', '}', '[', ']', ',', '\t', '  name: x\n', '- kind: Pod\n', '\n---\n'), maxLength: 3 }),
  });

  for (const [shape, start] of [['YAML', LIST], ['JSON', JSON_LIST]] as const) {
    it(`gives, edit after edit, what a parse from scratch gives (${shape})`, () => {
      fc.assert(
        fc.property(fc.array(keystroke, { minLength: 1, maxLength: 12 }), (edits) => {
          const cache = createParseCache();
          let text = start;
          parseManifests([{ name: 'l.yaml', text }], cache);
          for (const { at, remove, insert } of edits) {
            const from = at % (text.length + 1);
            text = text.slice(0, from) + insert + text.slice(from + remove);
            expect(snapshot(parseManifests([{ name: 'l.yaml', text }], cache))).toEqual(snapshot(parseManifests([{ name: 'l.yaml', text }])));
          }
        }),
        { numRuns: propertyRuns(600) },
      );
    }, HEAVY_TEST_TIMEOUT_MS);
  }

  it('keeps every other item the very object it was', () => {
    const cache = createParseCache();
    const before = parseManifests([{ name: 'l.yaml', text: LIST }], cache).objects;
    const after = parseManifests([{ name: 'l.yaml', text: LIST.replace('port: 81', 'port: 9') }], cache).objects;
    expect(after[0]).toBe(before[0]);
    expect(after[1]?.value).toMatchObject({ spec: { ports: [{ port: 9 }] } });
    expect(after[2]).toBe(before[2]);
    const longer = parseManifests([{ name: 'l.yaml', text: LIST.replace('port: 81', 'port: 9\n      name: web') }], cache).objects;
    expect(longer[0]).toBe(before[0]);
    expect(longer[2]?.value).toBe(before[2]?.value);
    expect(longer[2]?.ref.line).toBe((before[2]?.ref.line ?? 0) + 1);
  });

  it('reads a JSON List item by item too', () => {
    expect(findJsonListItems(JSON_LIST, 3)).toHaveLength(3);
    const cache = createParseCache();
    const before = parseManifests([{ name: 'l.json', text: JSON_LIST }], cache).objects;
    const after = parseManifests([{ name: 'l.json', text: JSON_LIST.replace('"port": 81', '"port": 9') }], cache).objects;
    expect(after[0]).toBe(before[0]);
    expect(after[1]?.value).toMatchObject({ spec: { ports: [{ port: 9 }] } });
  });
});
