import { memo, useId, useMemo, useState, type FormEvent } from 'react';
import type { Graph } from '../../../present/graph/index.ts';
import type { OutlineItem } from '../../../worker/protocol.ts';
import { findObject, objectNames } from './find-object.ts';
import './find.css';

interface Props {
  readonly graph: Graph | undefined;
  readonly outline: readonly OutlineItem[];
  /** Selects the box: the graph brings it into view and the editor shows its lines. */
  readonly onFound: (id: string) => void;
}

/** "Find object": a name as kubectl prints it (`web`, `svc/web`, `shop/web`), and the graph goes there. */
export const FindObject = memo(function FindObject({ graph, outline, onFound }: Props) {
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const listId = useId();
  const names = useMemo(() => objectNames(graph), [graph]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const id = findObject(query, graph, outline);
    setMissing(id === undefined && query.trim() !== '' ? query.trim() : undefined);
    if (id !== undefined) onFound(id);
  };
  return (
    <form className="find-object" role="search" onSubmit={submit}>
      <input
        type="search"
        aria-label="Find object"
        placeholder="Find object…"
        list={listId}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <datalist id={listId}>
        {names.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      {missing !== undefined && (
        <span className="find-object__missing" role="status">
          No object {missing} in the graph
        </span>
      )}
    </form>
  );
});
