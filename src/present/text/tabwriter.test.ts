import { describe, expect, it } from 'vitest';
import { alignTabs, DESCRIBE_TABWRITER, GET_TABWRITER } from './tabwriter.ts';

describe('alignTabs', () => {
  it.each([
    {
      name: 'kubectl get: widest cell + 3, the last column unpadded',
      settings: GET_TABWRITER,
      input: 'NAME\tTYPE\tAGE\nkubernetes\tClusterIP\t5d\n',
      expected: 'NAME         TYPE        AGE\nkubernetes   ClusterIP   5d\n',
    },
    {
      name: 'kubectl get: minwidth 6 pads short columns',
      settings: GET_TABWRITER,
      input: 'NS\tA\tB\nx\ty\tz\n',
      expected: 'NS    A     B\nx     y     z\n',
    },
    {
      // text/tabwriter: a column block is the run of consecutive lines with a cell in that column.
      name: 'describe: a three-cell line forms its own column block',
      settings: DESCRIBE_TABWRITER,
      input: 'Name:\tweb\nPort:\thttp\t80/TCP\nTargetPort:\t8080/TCP\nEndpoints:\t\n',
      expected: 'Name:        web\nPort:        http  80/TCP\nTargetPort:  8080/TCP\nEndpoints:   \n',
    },
    {
      name: 'a line without tabs ends every block',
      settings: DESCRIBE_TABWRITER,
      input: 'a:\t1\nplain\nlonger:\t2\n',
      expected: 'a:  1\nplain\nlonger:  2\n',
    },
    {
      name: 'widths count runes',
      settings: GET_TABWRITER,
      input: 'é\tx\nab\ty\n',
      expected: 'é     x\nab    y\n',
    },
  ])('$name', ({ settings, input, expected }) => {
    expect(alignTabs(input, settings)).toBe(expected);
  });
});
