import { describe, expect, it } from 'vitest';
import { findJsonListItems } from './list-items.ts';
import { parseManifests } from './parse.ts';

/** `kubectl get svc -o json` of two Services, as kubectl prints it (4-space indent). */
const LIST = `{
    "apiVersion": "v1",
    "items": [
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {
                "annotations": { "note": "a } and a [ in a string, and an escaped \\" quote" },
                "name": "web",
                "namespace": "default",
                "resourceVersion": "48213"
            },
            "spec": { "ports": [ { "port": 80 } ], "selector": { "app": "web" } }
        },
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": { "name": "api", "namespace": "default" },
            "spec": { "ports": [ { "port": 99999 } ] }
        }
    ],
    "kind": "List",
    "metadata": {
        "resourceVersion": ""
    }
}
`;

describe('a JSON List, as kubectl get -o json prints it', () => {
  it('finds each item on its own lines, past brackets and quotes in strings', () => {
    const spans = findJsonListItems(LIST, 2);
    expect(spans?.map((s) => [s.start, s.end, s.indent])).toEqual([
      [3, 14, 8],
      [14, 20, 8],
    ]);
    expect(findJsonListItems(LIST, 3)).toBeUndefined();
  });

  it('counts the lines inside a quoted string, which YAML lets run on over lines', () => {
    const broken = LIST.replace('"v1"', '"v\n1"').replace('"v1"', '"v\\\n1"');
    expect(findJsonListItems(broken, 2)?.map((s) => [s.start, s.end])).toEqual([
      [4, 16],
      [16, 22],
    ]);
  });

  it('leaves minified JSON and YAML to the whole-document reader', () => {
    expect(findJsonListItems(JSON.stringify(JSON.parse(LIST)), 2)).toBeUndefined();
    expect(findJsonListItems('apiVersion: v1\nitems: []\nkind: List\n', 0)).toBeUndefined();
  });

  it('locates a diagnostic within its item, at the line and column of the whole file', () => {
    const parsed = parseManifests([{ name: 'list.json', text: LIST }]);
    const api = parsed.objects[1];
    expect(api?.ref).toMatchObject({ item: 1, line: 15, column: 9 });
    expect(api?.locate(['spec', 'ports', 0, 'port'])).toMatchObject({ line: 19, column: 36 });
    expect(parsed.objects[0]?.locate(['metadata', 'resourceVersion'])).toMatchObject({ line: 11, column: 17 });
  });
});
