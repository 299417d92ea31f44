import { useMemo, useState, type DragEvent } from 'react';
import { carriesFiles, droppedFile } from './read-file.ts';

export interface FileDrop {
  /** True while a file is dragged over the zone. */
  readonly over: boolean;
  /** Spread on the element that takes drops (the editor's column). */
  readonly handlers: {
    readonly onDragEnterCapture: (event: DragEvent) => void;
    readonly onDragOverCapture: (event: DragEvent) => void;
    readonly onDragLeave: () => void;
    readonly onDropCapture: (event: DragEvent) => void;
  };
}

/**
 * Takes a file dropped onto the editor. The handlers listen in the capture phase, ahead of Monaco,
 * which would otherwise take the drop itself; text dragged within the editor passes through
 * untouched.
 */
export function useFileDrop(onFile: (file: File) => void): FileDrop {
  const [over, setOver] = useState(false);
  const handlers = useMemo(() => {
    const hover = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      event.stopPropagation();
      event.dataTransfer.dropEffect = 'copy';
      setOver(true);
    };
    return {
      onDragEnterCapture: hover,
      onDragOverCapture: hover,
      onDragLeave: () => setOver(false),
      onDropCapture: (event: DragEvent) => {
        setOver(false);
        const file = droppedFile(event.dataTransfer);
        if (file === undefined) return;
        event.preventDefault();
        event.stopPropagation();
        onFile(file);
      },
    };
  }, [onFile]);
  return { over, handlers };
}
