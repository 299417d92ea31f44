import { memo, useRef } from 'react';
import { EXAMPLE_GROUPS, EXAMPLES } from '../../../examples/index.ts';

interface Props {
  readonly selected: string;
  readonly onSelect: (id: string) => void;
}

/**
 * Every example of the guide, grouped by Service type with the guide's line on when to use it,
 * then the scenarios; one click loads one.
 */
export const ExampleGallery = memo(function ExampleGallery({ selected, onSelect }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const current = EXAMPLES.find((e) => e.id === selected);
  const choose = (id: string) => {
    dialog.current?.close();
    onSelect(id);
  };
  return (
    <div className="gallery">
      <button type="button" className="gallery-open" onClick={() => dialog.current?.showModal()} aria-haspopup="dialog">
        Examples
      </button>
      <span className="gallery-current">{current ? current.title : 'Your manifest'}</span>
      <dialog ref={dialog} aria-label="Example gallery" onClick={(event) => event.target === dialog.current && dialog.current.close()}>
        <header>
          <h2>Examples</h2>
          <button type="button" onClick={() => dialog.current?.close()} aria-label="Close">
            ×
          </button>
        </header>
        <div className="gallery-groups">
          {EXAMPLE_GROUPS.map((group) => {
            const examples = EXAMPLES.filter((e) => e.serviceType === group.type);
            if (examples.length === 0) return null;
            return (
              <section key={group.type} aria-label={group.title}>
                <h3>{group.title}</h3>
                {group.guideLine && <p className="guide-line">“{group.guideLine}”</p>}
                {group.truth && <p className="truth">In Kubernetes: {group.truth}</p>}
                <ul>
                  {examples.map((example) => (
                    <li key={example.id}>
                      <button type="button" aria-current={example.id === selected} data-example={example.id} onClick={() => choose(example.id)}>
                        <strong>{example.title}</strong>
                        <span>{example.summary}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      </dialog>
    </div>
  );
});
