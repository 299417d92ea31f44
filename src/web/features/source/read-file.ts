/**
 * Reads a file the user chose or dropped as text, reporting how much has arrived: a 150 MB dump
 * takes a moment to read, and the page says how far it has got.
 */

export interface ReadProgress {
  readonly name: string;
  readonly loaded: number;
  readonly total: number;
}

/** The least time between two progress reports, as FileReader's progress events keep (each re-renders the page). */
const PROGRESS_EVERY_MS = 50;

/**
 * The file's text; `onProgress` hears as bytes arrive. Rejects when the browser cannot read it.
 * Decoded as it streams in, a piece at a time: FileReader.readAsText decoded a 150 MB dump in one
 * task, 145 ms in which the page could not paint or answer a key.
 */
export async function readFileText(file: Pick<File, 'name' | 'size' | 'stream'>, onProgress: (progress: ReadProgress) => void): Promise<string> {
  const reader = file.stream().getReader();
  const parts: string[] = [];
  let decoder: TextDecoder | undefined;
  let loaded = 0;
  let reported = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    decoder ??= new TextDecoder(encodingOf(read.value));
    parts.push(decoder.decode(read.value, { stream: true }));
    loaded += read.value.byteLength;
    if (performance.now() - reported >= PROGRESS_EVERY_MS) {
      reported = performance.now();
      onProgress({ name: file.name, loaded, total: file.size });
    }
  }
  parts.push(decoder?.decode() ?? '');
  return parts.join('');
}

/**
 * The encoding readAsText would choose (File API, "read operation": a byte order mark decides,
 * else UTF-8): PowerShell's `kubectl get -o yaml > dump.yaml` writes UTF-16LE with one. The
 * decoder then drops the mark, as readAsText does.
 */
function encodingOf(first: Uint8Array): string {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** The first file of a drop, when the drag carries files at all. */
export function droppedFile(data: DataTransfer | null): File | undefined {
  return data?.files[0];
}

/** True while a drag carries files (not text dragged within the editor). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return data?.types.includes('Files') ?? false;
}
