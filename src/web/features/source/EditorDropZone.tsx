import { useState, type DragEvent, type ReactNode } from 'react';
import { carriesFiles, droppedFile } from './read-file.ts';
import './source.css';

interface Props {
  readonly onFile: (file: File) => void;
  readonly children: ReactNode;
}

/**
 * Takes a file dropped onto the editor. It listens in the capture phase, ahead of Monaco, which
 * would otherwise take the drop itself; text dragged within the editor passes through untouched.
 */
export function EditorDropZone({ onFile, children }: Props) {
  const [over, setOver] = useState(false);
  const hover = (event: DragEvent) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const drop = (event: DragEvent) => {
    setOver(false);
    const file = droppedFile(event.dataTransfer);
    if (file === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onFile(file);
  };
  return (
    <div className={over ? 'editor-drop editor-drop--over' : 'editor-drop'} onDragOverCapture={hover} onDragEnterCapture={hover} onDragLeave={() => setOver(false)} onDropCapture={drop}>
      {children}
    </div>
  );
}
