import { memo, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import type { Graph } from '../../../present/graph/index.ts';
import type { OutlineItem } from '../../../worker/protocol.ts';
import { findObject, namespaceOf, objectNames } from './find-object.ts';
import './find.css';

interface Props {
  readonly graph: Graph | undefined;
  readonly outline: readonly OutlineItem[];
  /** Selects the box: the graph brings it into view and the editor shows its lines. */
  readonly onFound: (id: string) => void;
  /** The one namespace the graph draws, when it draws one. */
  readonly namespace?: string | undefined;
  /** Draws another namespace: the object asked for is there. */
  readonly onNamespace?: (namespace: string) => void;
}

/** A search that waits for the graph of the namespace its object is in. */
interface Waiting {
  readonly query: string;
  /** The graph on screen when it was asked: the next one is the namespace's. */
  readonly before: Graph | undefined;
}

/**
 * "Find object": a name as kubectl prints it (`web`, `svc/web`, `shop/web`), and the graph goes
 * there. When the graph draws one namespace and the object is in another, the graph switches to
 * that namespace first.
 */
export const FindObject = memo(function FindObject({ graph, outline, onFound, namespace, onNamespace }: Props) {
  const [query, setQuery] = useState('');
  const [missing, setMissing] = useState<string | undefined>();
  const [waiting, setWaiting] = useState<Waiting | undefined>();
  const listId = useId();
  const names = useMemo(() => objectNames(graph), [graph]);

  useEffect(() => {
    if (waiting === undefined || graph === waiting.before) return;
    const id = findObject(waiting.query, graph, outline);
    setWaiting(undefined);
    if (id === undefined) setMissing(waiting.query);
    else onFound(id);
  }, [graph, outline, waiting, onFound]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    const id = findObject(text, graph, outline);
    if (id !== undefined) {
      setMissing(undefined);
      onFound(id);
      return;
    }
    const elsewhere = namespace === undefined ? undefined : namespaceOf(text, outline);
    if (elsewhere !== undefined && elsewhere !== namespace && onNamespace !== undefined) {
      setMissing(undefined);
      setWaiting({ query: text, before: graph });
      onNamespace(elsewhere);
      return;
    }
    setMissing(text === '' ? undefined : text);
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
