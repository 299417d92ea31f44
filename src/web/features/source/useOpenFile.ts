import { useCallback, useState } from 'react';
import { readFileText, type ReadProgress } from './read-file.ts';

export interface OpenFile {
  /** The file being read, and how far; undefined when none is. */
  readonly reading: ReadProgress | undefined;
  /** Why the last file could not be read. */
  readonly problem: string | undefined;
  readonly open: (file: File) => void;
}

/**
 * Opens a file chosen or dropped: reads it with progress, then hands its text to `onText`, which
 * puts it in the editor (the user's own text is put aside, as for a paste over all of it). The
 * worker then builds it, and the build's own progress takes over.
 */
export function useOpenFile(onText: (text: string, file: File) => void): OpenFile {
  const [reading, setReading] = useState<ReadProgress | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const open = useCallback(
    (file: File) => {
      setProblem(undefined);
      setReading({ name: file.name, loaded: 0, total: file.size });
      readFileText(file, setReading).then(
        (text) => {
          setReading(undefined);
          onText(text, file);
        },
        () => {
          setReading(undefined);
          setProblem(`${file.name} could not be read.`);
        },
      );
    },
    [onText],
  );
  return { reading, problem, open };
}
