import { describe, expect, it } from 'vitest';
import { readFileText, type ReadProgress } from './read-file.ts';

/** Over three chunks of 64 KiB, with a character of three bytes across the first boundary. */
const TEXT = `${'a'.repeat(65_535)}€ kind: Service\nmetadata: {name: wëb}\n${'# ü\n'.repeat(40_000)}`;

/** A file whose stream gives 64 KiB at a time, as a browser's does. */
function chunkedFile(bytes: Uint8Array): Pick<File, 'name' | 'size' | 'stream'> {
  return {
    name: 'dump.yaml',
    size: bytes.length,
    stream: () =>
      new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 65_536) controller.enqueue(bytes.slice(at, at + 65_536));
          controller.close();
        },
      }),
  };
}

const read = (bytes: Uint8Array, progress: ReadProgress[] = []) => readFileText(chunkedFile(bytes), (p) => progress.push(p));

describe('readFileText', () => {
  it('decodes UTF-8 as it streams, a character split between two chunks included, and drops its byte order mark', async () => {
    const utf8 = new TextEncoder().encode(TEXT);
    expect(await read(utf8)).toBe(TEXT);
    expect(await read(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.subarray(0, 100)]))).toBe(TEXT.slice(0, 100));
  });

  it('reads UTF-16 by its byte order mark, as readAsText does (PowerShell writes UTF-16LE)', async () => {
    const little = new Uint8Array(2 + TEXT.length * 2);
    little.set([0xff, 0xfe]);
    const big = new Uint8Array(2 + TEXT.length * 2);
    big.set([0xfe, 0xff]);
    for (let i = 0; i < TEXT.length; i++) {
      const code = TEXT.charCodeAt(i);
      little.set([code & 0xff, code >> 8], 2 + i * 2);
      big.set([code >> 8, code & 0xff], 2 + i * 2);
    }
    expect(await read(little)).toBe(TEXT);
    expect(await read(big)).toBe(TEXT);
  });

  it('reports how much has arrived, out of the whole file', async () => {
    const progress: ReadProgress[] = [];
    const bytes = new TextEncoder().encode(TEXT);
    await read(bytes, progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => p.name === 'dump.yaml' && p.total === bytes.length && p.loaded <= bytes.length)).toBe(true);
  });

  it('reads an empty file as an empty text', async () => {
    expect(await read(new Uint8Array())).toBe('');
  });
});
