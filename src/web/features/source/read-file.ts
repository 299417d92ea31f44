/**
 * Reads a file the user chose or dropped as text, reporting how much has arrived: a 150 MB dump
 * takes a moment to read, and the page says how far it has got.
 */

export interface ReadProgress {
  readonly name: string;
  readonly loaded: number;
  readonly total: number;
}

/** The file's text (UTF-8); `onProgress` hears as bytes arrive. Rejects when the browser cannot read it. */
export function readFileText(file: File, onProgress: (progress: ReadProgress) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (event) => onProgress({ name: file.name, loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsText(file);
  });
}

/** The first file of a drop, when the drag carries files at all. */
export function droppedFile(data: DataTransfer | null): File | undefined {
  return data?.files[0];
}

/** True while a drag carries files (not text dragged within the editor). */
export function carriesFiles(data: DataTransfer | null): boolean {
  return data?.types.includes('Files') ?? false;
}
